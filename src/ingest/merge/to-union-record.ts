/** A union record, as written to data/union.jsonl, from a cluster and its permanent id. */
import type { Holding, Member, UnionRecord } from '../../shared/catalog-schema.ts';
import { compareText } from './cluster-input.ts';
import type { ClusterMember, UnionCluster } from './cluster-records.ts';

export function toUnionRecord(id: string, cluster: UnionCluster): UnionRecord {
  return {
    id,
    url: `r/${id}.html`,
    description: cluster.members[cluster.displayMember].description,
    displayMember: cluster.displayMember,
    members: cluster.members.map(toMember),
    holdings: sortHoldings(cluster.members.flatMap((member) => member.holdings)),
  };
}

function toMember(member: ClusterMember): Member {
  const { libraryCode, file, recordNumber, controlNumber, controlNumberIdentifier, rule, description } = member;
  return {
    libraryCode, file, recordNumber, rule, description,
    ...(controlNumber !== undefined && { controlNumber }),
    ...(controlNumberIdentifier !== undefined && { controlNumberIdentifier }),
  };
}

/** By library, then shelving location, then call number; otherwise as the library listed them. */
function sortHoldings(holdings: Holding[]): Holding[] {
  return holdings
    .map((holding, index) => ({ holding, index }))
    .sort((a, b) => compareText(a.holding.libraryCode, b.holding.libraryCode)
      || compareText(a.holding.location ?? '', b.holding.location ?? '')
      || compareText(a.holding.callNumber ?? '', b.holding.callNumber ?? '')
      || a.index - b.index)
    .map(({ holding }) => holding);
}
