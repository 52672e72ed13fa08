// The throw-away seventh registry of registry-module.test.ts, and RECIPE: the one list of the
// hand-written files that add it, in the order of the README's "Adding a registry".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NAME = 'widgets';

/** IANA's registry, as it would appear in websocket.xml: two records, one naming a person. */
export const IANA_XML_REGISTRY = `
  <registry id="widget-name">
    <title>WebSocket Widget Name Registry</title>
    <registration_rule>Expert Review</registration_rule>
    <xref type="rfc" data="rfc6455"/>
    <record date="2026-01-02">
      <id>sprocket</id>
      <description>A sprocket widget</description>
      <xref type="rfc" data="rfc6455"/>
    </record>
    <record date="2026-01-03">
      <id>gear-train</id>
      <description>A train of gears</description>
      <xref type="person" data="Alexey_Melnikov"/>
    </record>
  </registry>
  `;
export const IANA_VALUES = ['gear-train', 'sprocket'];

const MODULE = `import { z } from 'zod';
import { defineIanaRegistry } from './define.ts';

const WIDGET_NAME = /^[a-z][a-z0-9-]*$/;

export const widgets = defineIanaRegistry({
  id: 'widgets',
  file: 'registry/widgets.yaml',
  ianaId: 'widget-name',
  title: 'Widget names',
  noun: 'widget',
  value: {
    element: 'id',
    schema: z.string().regex(WIDGET_NAME, 'a widget name is lower-case letters, digits and hyphens'),
    parse: (text) => (WIDGET_NAME.test(text.trim()) ? text.trim() : undefined),
    words: 'a widget name',
  },
  fields: [{ element: 'description', kind: 'text', label: 'Description', description: "IANA's description." }],
  curated: {},
  placeholder: () => ({}),
});
`;

/** The header only; npm run sync:iana fills in IANA's header, people and entries. */
const YAML = `# WebSocket Widget Name Registry: <registry id="widget-name"> in IANA's websocket.xml.
iana:
  registry: widget-name
  title: WebSocket Widget Name Registry
  updated: 2026-01-01
  registrationRules: []
  references: []
  notes: []
people: []
entries: []
`;

const edit = (copy: string, file: string, change: (text: string) => string): void => {
  const text = readFileSync(join(copy, file), 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`${file}: the recipe's edit changed nothing; has the file's shape changed?`);
  writeFileSync(join(copy, file), changed);
};

/**
 * Every hand-written file a new registry module touches, in the README recipe's order (the test
 * checks the README lists these paths, NAME for the registry's file name, as its numbered steps).
 */
export const RECIPE: readonly { readonly file: string; readonly write: (copy: string) => void }[] = [
  { file: 'tools/registry/src/iana-registries/NAME.ts', write: (copy) => writeFileSync(join(copy, `tools/registry/src/iana-registries/${NAME}.ts`), MODULE) },
  {
    file: 'tools/registry/src/iana-registries/index.ts',
    write: (copy) =>
      edit(copy, 'tools/registry/src/iana-registries/index.ts', (text) => {
        const listed = text.replace(/(export const IANA_REGISTRIES = \[[^\]]*)\] as const;/, '$1, widgets] as const;');
        return listed === text ? text : `import { widgets } from './widgets.ts';\n${listed}`;
      }),
  },
  { file: 'registry/NAME.yaml', write: (copy) => writeFileSync(join(copy, `registry/${NAME}.yaml`), YAML) },
  {
    file: 'packages/schema/package.json',
    write: (copy) =>
      edit(copy, 'packages/schema/package.json', (text) => {
        const manifest = JSON.parse(text) as { exports: Record<string, string>; files: string[] };
        const added = [`${NAME}.schema.json`, `${NAME}.json`];
        const { './package.json': self, ...exports } = manifest.exports;
        manifest.exports = { ...exports, ...Object.fromEntries(added.map((f) => [`./${f}`, `./${f}`])), './package.json': self! };
        manifest.files = [...manifest.files.filter((f) => f !== 'CHANGELOG.md'), ...added, 'CHANGELOG.md'];
        return `${JSON.stringify(manifest, null, 2)}\n`;
      }),
  },
];
