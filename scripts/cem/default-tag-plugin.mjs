/**
 * custom-elements-manifest plugin for Evident's registration style. Our classes never call
 * `customElements.define('tag', …)` themselves (`defineElements()` does, with an optional prefix);
 * each class names its default tag in `static defaultTag = '…'`. This plugin turns that into the
 * manifest's `tagName` / `customElement`, which Storybook needs to find an element's docs and
 * controls. It also drops the pseudo-events the analyzer reads out of the generic `emit(name)` /
 * `emitNative(type)` helpers: real events are declared with `@fires`.
 */
export function defaultTagPlugin() {
  return {
    name: 'evident-default-tag',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const member = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name?.getText() === 'defaultTag' && m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
      );
      const init = member?.initializer;
      if (!init || !ts.isStringLiteralLike(init) || !init.text) return;
      const doc = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!doc) return;
      doc.tagName = init.text;
      doc.customElement = true;
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name !== 'name' && e.name !== 'type');
          // Internal statics are not part of an element's public API (Storybook would list them).
          if (decl.members) decl.members = decl.members.filter((m) => !(m.static && ['defaultTag', 'registration', 'styles', 'formAssociated'].includes(m.name)));
        }
      }
    },
  };
}
