import { describe, expect, it } from 'vitest';
import type { Reflection } from '../../lib/model';
import { setLocale } from '../../lib/i18n';
import { csvCell, exportFileName, toCsv, toJson, toMarkdown } from '../../lib/export';

const r = (over: Partial<Reflection> = {}): Reflection => ({
  id: 'a',
  createdAt: new Date(2026, 10, 27, 9, 30).getTime(),
  updatedAt: 1,
  site: 'whatsapp',
  choice: 'check-in',
  feelings: ['tense', 'hopeful'],
  intensity: 3,
  note: 'Line one\nline "two", with comma',
  otherMind: 'They may be busy',
  win: true,
  nudgeKind: 'body',
  ...over,
});

describe('export', () => {
  it('names files neutrally', () => {
    expect(exportFileName('json', new Date(2026, 10, 27).getTime())).toBe('notes-2026-11-27.json');
    expect(exportFileName('csv', Date.now())).not.toMatch(/unhurried|abuse|pause|journal|reflection/i);
  });
  it('JSON is complete and versioned, and parses back to the same data', () => {
    const journal = { reflections: [r(), r({ id: 'b', note: '🌱 مرحبا' })], later: [] };
    const parsed = JSON.parse(toJson(journal, 0));
    expect(parsed).toMatchObject({ format: 'unhurried-journal', version: 1 });
    expect(parsed.reflections).toEqual(journal.reflections);
  });
  it('Markdown reads like a journal', () => {
    const md = toMarkdown({ reflections: [r()], later: [] });
    expect(md).toContain('Tense, Hopeful');
    expect(md).toContain('strength 3 of 5');
    expect(md).toContain('a small win');
    expect(md).toContain('*What else could be going on:* They may be busy');
    expect(toMarkdown({ reflections: [], later: [] })).toContain('Nothing written yet.');
  });
  it('Markdown and CSV speak the person\'s language', () => {
    setLocale('pt');
    try {
      const md = toMarkdown({ reflections: [r()], later: [] });
      expect(md).toMatch(/^# Notas/);
      expect(md).toContain('Tensão, Esperança');
      expect(md).toContain('intensidade 3 de 5');
      expect(md).toContain('*O que mais poderia estar acontecendo:* They may be busy');
      expect(md).toContain('sexta-feira');
      const csv = toCsv({ reflections: [r()], later: [] });
      expect(csv.split('\r\n')[0]).toBe('data,site,escolha,sensações,intensidade,tipo de convite,pequena conquista,nota,o que mais');
      expect(csv).toContain(',sim,');
    } finally {
      setLocale('en', 'en-US');
    }
  });
  it('CSV quotes what it must and never lets a spreadsheet run a formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    const csv = toCsv({ reflections: [r()], later: [] });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('created,site,choice,feelings,strength,nudge kind,small win,note,what else');
    expect(csv).toContain('"Line one\nline ""two"", with comma"');
  });
  it('names the nudge kinds plainly, as the card does (the JSON file keeps their ids)', () => {
    const journal = { reflections: [r({ nudgeKind: 'safe-place' }), r({ id: 'b', nudgeKind: 'other-minds', createdAt: 5 })], later: [] };
    expect(toMarkdown(journal)).toContain('· A steady place');
    expect(toMarkdown(journal)).toContain('· The other side');
    const rows = toCsv(journal).split('\r\n');
    expect(rows[1]).toContain(',A steady place,');
    expect(rows[2]).toContain(',The other side,');
    expect(JSON.parse(toJson(journal, 0)).reflections[0].nudgeKind).toBe('safe-place');
  });

  it('Markdown lists what was set aside for later, with its site, the person\'s label and when', () => {
    const item = { id: 'l1', createdAt: 1, dueAt: new Date(2026, 2, 3, 19, 0).getTime(), site: 'whatsapp', url: 'https://web.whatsapp.com/', status: 'pending' as const, reminded: false };
    const md = toMarkdown({
      reflections: [],
      later: [
        { ...item, label: 'Mum, about Sunday' },
        { ...item, id: 'l2', createdAt: 2, dueAt: null, site: 'custom:social.example', status: 'done' as const },
      ],
    });
    const lines = md.split('\n');
    const at = lines.indexOf('## Set aside for later');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 2]).toMatch(/^- WhatsApp Web — Mum, about Sunday · March 3, 2026 at 7:00\s?PM$/);
    expect(lines[at + 3]).toBe('- social.example · No reminder set · done');
    expect(toMarkdown({ reflections: [], later: [] })).not.toContain('Set aside for later');
  });
});
