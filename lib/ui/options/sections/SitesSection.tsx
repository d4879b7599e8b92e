import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { errorWords, type BackgroundCaller } from '../../../protocol/to-background';
import { siteIsOn, withSite } from '../../../settings-model';
import { customSiteId, siteGroups } from '../../../sites/groups';
import { adapterById, sites } from '../../../sites/registry';
import { Notice, type NoticeMessage } from '../Notice';
import { Switch } from '../Switch';
import type { SettingsProps } from './props';

interface Props extends SettingsProps {
  api: BackgroundCaller;
  /** Asks the browser for one host; must run inside the click that asked for it. */
  requestHost: (origin: string) => Promise<boolean>;
}

/** Turns what the person typed into a site origin, or explains kindly why it cannot. */
export function parseSiteAddress(input: string): { origin: string } | { error: string } {
  const text = input.trim();
  if (!text) return { error: t('opt.site.empty') };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { error: t('opt.site.notAddress') };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: t('opt.site.httpsOnly') };
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) || !url.hostname.includes('.')) {
    return { error: t('opt.site.notAddress') };
  }
  return { origin: url.origin };
}

/** Options → Sites: each site on or off (personal messengers and work tools apart), which key sends where there is a choice, the person's own sites. */
export function SitesSection({ s, update, api, requestHost }: Props) {
  const [address, setAddress] = useState('');
  const [siteMsg, setSiteMsg] = useState<NoticeMessage>(null);

  async function addSite(e: Event) {
    e.preventDefault();
    const parsed = parseSiteAddress(address);
    if ('error' in parsed) {
      setSiteMsg({ kind: 'error', text: parsed.error });
      return;
    }
    // The browser's own prompt, for this one site only.
    const granted = await requestHost(parsed.origin).catch(() => false);
    if (!granted) {
      setSiteMsg({ kind: 'error', text: t('opt.notAllowed') });
      return;
    }
    try {
      await api('sites.custom.add', { origin: parsed.origin });
      setAddress('');
      setSiteMsg({ kind: 'ok', text: t('opt.addedSite', { host: new URL(parsed.origin).host }) });
    } catch (err) {
      setSiteMsg({ kind: 'error', text: errorWords(err, t('common.didNotWork')) });
    }
  }

  return (
    <>
      <p class="hint">{t('welcome.chooseHint')}</p>
      {siteGroups.map((group) => (
        <Fragment key={group.id}>
          <h3>{group.id === 'work' ? t('welcome.work') : t('welcome.personal')}</h3>
          {group.id === 'work' && <p class="hint">{t('welcome.workHint')}</p>}
          <ul class="sites">
            {group.ids.map((id) => (
              <li key={id}>
                <Switch checked={siteIsOn(s, id)} onToggle={() => update(withSite(s, id, !siteIsOn(s, id)))}>
                  {adapterById(id)?.name ?? id}
                </Switch>
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
      <h3>{t('opt.howSend')}</h3>
      <p class="hint">{t('opt.howSendHint')}</p>
      {sites
        .filter((site) => site.sendKeyChoice)
        .map((site) => (
          <label class="row" key={site.id}>
            <span>{t('opt.sendsWith', { site: site.name })}</span>
            <select
              value={s.sendKeys[site.id] ?? site.sendKey}
              onChange={(e) => update({ ...s, sendKeys: { ...s.sendKeys, [site.id]: e.currentTarget.value as 'enter' | 'mod-enter' } })}
            >
              <option value="enter">{t('opt.key.enter')}</option>
              <option value="mod-enter">{t('opt.key.modEnter')}</option>
            </select>
          </label>
        ))}
      <h3>{t('opt.ownSites')}</h3>
      {s.customSites.length === 0 ? (
        <p class="hint">{t('opt.ownSitesNone')}</p>
      ) : (
        <ul class="sites">
          {s.customSites.map((c) => (
            <li key={c.origin}>
              <Switch checked={siteIsOn(s, customSiteId(c.origin))} onToggle={() => update(withSite(s, customSiteId(c.origin), !siteIsOn(s, customSiteId(c.origin))))}>
                {new URL(c.origin).host}
              </Switch>{' '}
              <button
                type="button"
                onClick={() =>
                  void api('sites.custom.remove', { origin: c.origin }).then(() =>
                    setSiteMsg({ kind: 'ok', text: t('opt.removedSite', { host: new URL(c.origin).host }) }),
                  )
                }
              >
                {t('opt.removeSite', { host: new URL(c.origin).host })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={(e) => void addSite(e)}>
        <label for="site-address">{t('opt.siteAddress')}</label>
        <div class="row">
          <input autocomplete="off"
            id="site-address"
            type="text"
            inputMode="url"
            placeholder="social.example"
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
          <button type="submit">{t('opt.addSite')}</button>
        </div>
      </form>
      <Notice msg={siteMsg} />
    </>
  );
}
