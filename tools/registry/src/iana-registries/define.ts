import { z } from 'zod';
import { compareText } from '../compare.ts';
import { jsonFileHeader, span } from '../schema.ts';
import { parseSpan } from '../span.ts';
import type { IanaEntry, IanaRegistryData, IanaRegistryDocument, IanaRegistryModule, IanaRegistrySpec } from '../spec.ts';
import { genericRules } from './generic-rules.ts';
import { pendingField, person, recordSchema, registryHeaderSchema, withdrawnField } from './record-shape.ts';

// One IANA WebSocket registry besides close codes, declared as data: its file, its value, its IANA
// fields, its curated fields and its rules. The loader, the validator, the sync tool and every
// generator read these declarations; none of them names a registry. The declaration's types are in
// spec.ts, so the rules every registry gets (generic-rules.ts) need nothing from this file.

export function defineIanaRegistry<const Id extends string, V extends number | string, Curated extends z.ZodRawShape>(
  spec: IanaRegistrySpec<Id, V, Curated>,
): IanaRegistryModule<Id, V, Curated> {
  const record = recordSchema(spec.fields);
  const entry = z.strictObject({
    value: spec.value.schema,
    ...spec.curated,
    pending: pendingField,
    withdrawn: withdrawnField,
    iana: record,
  });
  const document = z
    .strictObject({
      ...jsonFileHeader,
      iana: registryHeaderSchema(spec.ianaId),
      people: z.array(person).describe("The people IANA's records name, from its <people>."),
      entries: z.array(entry),
      unassigned: z
        .array(z.strictObject({ range: span, iana: record }))
        .optional()
        .describe('IANA records that register nothing: spans IANA lists as Unassigned.'),
    })
    .meta({ id: `Wscodes${pascal(spec.id)}Registry`, title: `wscodes ${spec.title.toLowerCase()} registry`, description: `IANA's WebSocket ${spec.title} registry as data: ${spec.file}.` });
  return {
    ...spec,
    document,
    allRules: [...genericRules(spec), ...(spec.rules ?? [])],
    compile: (doc, source) => compile(spec, doc, source),
  };
}

/** Numbers in numeric order, tokens in code-unit order: the same on every machine. */
export function compareValues(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b));
}

function compile<V extends number | string, Curated extends z.ZodRawShape>(
  spec: IanaRegistrySpec<string, V, Curated>,
  doc: IanaRegistryDocument,
  source: string,
): IanaRegistryData<V, Curated> {
  const document: IanaRegistryDocument = {
    ...doc,
    people: [...doc.people].sort((a, b) => compareText(a.id, b.id)),
    entries: [...doc.entries].sort((a, b) => compareValues(a.value, b.value)),
    ...(doc.unassigned ? { unassigned: [...doc.unassigned].sort((a, b) => parseSpan(a.range).from - parseSpan(b.range).from) } : {}),
  };
  return {
    id: spec.id,
    source,
    title: spec.title,
    noun: spec.noun,
    header: document.iana,
    people: document.people,
    entries: document.entries.map((e) => ({ ...e, pending: e.pending ?? false }) as unknown as IanaEntry<V, Curated>),
    unassigned: (document.unassigned ?? []).map((u) => ({ ...parseSpan(u.range), iana: u.iana })),
    document,
  };
}


const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
