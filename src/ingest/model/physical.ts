/**
 * Physical description: 300 $a $b $c as catalogued ("247 ص. : صور ؛ 24 سم"), one string;
 * several 300 fields (a set with accompanying material) are joined by " ; ".
 */
import { dataFields, subfieldValues, type MarcRecord } from '../marc/marc-record.ts';
import { joinStripped, unique } from './text.ts';

export function extractPhysicalDescription(record: MarcRecord): string | undefined {
  const parts = unique(dataFields(record, '300').map((field) => joinStripped(subfieldValues(field, 'abce'))));
  return parts.length === 0 ? undefined : parts.join(' ; ');
}
