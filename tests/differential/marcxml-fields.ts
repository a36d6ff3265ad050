/**
 * MARCXML (ours, namespaced; yaz's, default namespace) to ComparableRecord[]. The order of
 * fields is kept exactly (preserveOrder): a control field after a data field must stay there.
 */
import { XMLParser } from 'fast-xml-parser';
import { nfcRecord, type ComparableField, type ComparableRecord } from './comparable-record.ts';

type Node = Record<string, Node[] | Record<string, string> | string> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true, // numeric references (&#13;) become characters
});

export function marcXmlRecords(xml: string): ComparableRecord[] {
  const records: ComparableRecord[] = [];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      const name = elementName(node);
      if (name === 'record') records.push(nfcRecord(recordOf(node.record as Node[])));
      else if (name && Array.isArray(node[name])) visit(node[name] as Node[]);
    }
  };
  visit(parser.parse(xml) as Node[]);
  return records;
}

function recordOf(children: Node[]): ComparableRecord {
  let leader = '';
  const fields: ComparableField[] = [];
  for (const child of children) {
    const name = elementName(child);
    const attributes = child[':@'] ?? {};
    if (name === 'leader') leader = textOf(child.leader as Node[]);
    else if (name === 'controlfield') fields.push({ tag: attributes.tag ?? '', value: textOf(child.controlfield as Node[]) });
    else if (name === 'datafield') {
      const subfields = (child.datafield as Node[])
        .filter((node) => elementName(node) === 'subfield')
        .map((node) => [node[':@']?.code ?? '', textOf(node.subfield as Node[])] as [string, string]);
      fields.push({ tag: attributes.tag ?? '', ind1: attributes.ind1 ?? '', ind2: attributes.ind2 ?? '', subfields });
    }
  }
  return { leader, fields };
}

function elementName(node: Node): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text');
}

function textOf(children: Node[]): string {
  return children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('');
}
