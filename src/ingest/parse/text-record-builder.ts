/**
 * Builds a MarcRecord from the pieces a text-format reader found, checking the MARC
 * structure the same way for MARCXML, MARC-in-JSON and MRK: a bad tag, indicator or
 * subfield code becomes a diagnostic, never a throw, and the rest of the record is kept.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticCatalogue, type DiagnosticCode } from '../diagnostics/diagnostic-catalogue.ts';
import type { MarcField, RecordSource, Subfield } from '../marc/marc-record.ts';
import type { ReadResult } from '../marc/read-result.ts';

/** Where a problem is: a line of the file and/or a field tag. */
export interface Place {
  line?: number;
  tag?: string;
}

/** Used when a record has fields but no leader: blanks, with the fixed MARC 21 parts. */
const blankLeader = '          22        4500';

export class TextRecordBuilder {
  readonly diagnostics: Diagnostic[] = [];
  private readonly fields: MarcField[] = [];
  private leader: string | undefined;
  private readonly source: RecordSource;
  private readonly line: number | undefined;

  constructor(source: RecordSource, line?: number) {
    this.source = source;
    this.line = line;
  }

  /** Records a diagnostic about this record. */
  report(code: DiagnosticCode, params: Record<string, string | number> = {}, place: Place = {}): void {
    this.diagnostics.push({
      code,
      severity: diagnosticCatalogue[code].severity,
      file: this.source.file,
      recordNumber: this.source.recordNumber,
      byteOffset: this.source.byteOffset,
      line: place.line ?? this.line,
      ...(place.tag === undefined ? {} : { tag: place.tag }),
      // The tag is also a placeholder in several messages.
      params: place.tag === undefined ? params : { tag: place.tag, ...params },
    });
  }

  setLeader(value: string, line?: number): void {
    const leader = value.normalize('NFC');
    if (leader.length === 24) {
      this.leader = leader;
      return;
    }
    const action = leader.length > 24 ? 'cut to 24' : 'padded with blanks to 24';
    this.report('text.leader-repaired', { leader, length: leader.length, action }, { line, tag: 'LDR' });
    this.leader = leader.slice(0, 24).padEnd(24, ' ');
  }

  addControlField(tag: string | undefined, value: string, line?: number): void {
    if (!this.tagIsValid(tag, line)) return;
    this.fields.push({ tag, value: value.normalize('NFC') });
  }

  /** Subfield codes and indicators are checked here; `undefined` means the source had none. */
  addDataField(
    tag: string | undefined,
    ind1: string | undefined,
    ind2: string | undefined,
    subfields: { code: string | undefined; value: string }[],
    line?: number,
  ): void {
    if (!this.tagIsValid(tag, line)) return;
    const kept: Subfield[] = [];
    for (const { code, value } of subfields) {
      const text = value.normalize('NFC');
      if (code === undefined || [...code].length !== 1) {
        this.report('text.subfield-code-invalid', { value: code ?? '', text }, { line, tag });
        continue;
      }
      kept.push({ code, value: text });
    }
    this.fields.push({
      tag,
      ind1: this.indicator(ind1, '1', tag, line),
      ind2: this.indicator(ind2, '2', tag, line),
      subfields: kept,
    });
  }

  /** The record, or a rejection when nothing MARC was found. */
  finish(raw: Uint8Array): ReadResult {
    const hasError = this.diagnostics.some((d) => d.severity === 'error');
    if (!hasError && this.leader === undefined && this.fields.length === 0) {
      this.report('text.no-fields');
    }
    if (this.diagnostics.some((d) => d.severity === 'error')) {
      return { kind: 'rejected', source: this.source, raw, diagnostics: this.diagnostics };
    }
    if (this.leader === undefined) {
      this.report('text.leader-repaired', { leader: '', length: 0, action: 'replaced by a blank leader' }, { tag: 'LDR' });
      this.leader = blankLeader;
    }
    const record = { leader: this.leader, fields: this.fields };
    return { kind: 'record', record, source: this.source, raw, diagnostics: this.diagnostics };
  }

  private tagIsValid(tag: string | undefined, line?: number): tag is string {
    if (tag !== undefined && /^[0-9A-Za-z]{3}$/.test(tag)) return true;
    this.report('text.tag-invalid', { value: tag ?? '' }, { line });
    return false;
  }

  private indicator(value: string | undefined, which: string, tag: string, line?: number): string {
    if (value !== undefined && [...value].length === 1) return value;
    this.report('text.indicator-invalid', { which, value: value ?? '' }, { line, tag });
    return ' ';
  }
}
