import { adapterById } from '../../sites/registry';

/** A site's name as people know it; the person's own sites ("custom:host") by their host. */
export function siteName(site: string): string {
  return adapterById(site)?.name ?? site.replace(/^custom:/, '');
}
