/** Builds a small WhatsApp-like chat (search box, message row, footer composer) for unit tests. */
export function whatsappChat(opts: { jid?: string; title?: string } = {}) {
  document.body.replaceChildren();
  const el = (tag: string, attrs: Record<string, string> = {}, ...children: Node[]) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };
  const search = el('div', { contenteditable: 'true', role: 'textbox', 'data-lexical-editor': 'true', 'data-tab': '3' });
  const p = el('p');
  const editor = el('div', { contenteditable: 'true', role: 'textbox', 'data-lexical-editor': 'true', 'data-tab': '10' }, p);
  const row = el('div', { 'data-id': `false_${opts.jid ?? '447700900001@c.us'}_3EB0` });
  const header = el('header', {}, el('span', { title: opts.title ?? 'Alex' }));
  document.body.append(el('div', { id: 'side' }, search), el('div', { id: 'main' }, header, row, el('footer', {}, editor)));
  return { search, editor, p, row };
}
