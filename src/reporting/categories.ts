import {
  ITEM_CATEGORIES,
  LIGHT_WEAPONS_SUBCATEGORIES,
  SALW_SUBCATEGORIES,
  SMALL_ARMS_SUBCATEGORIES,
  type ItemCategory,
  type SalwSubcategory,
} from '../schema/index.js';

/** The ATT 2(1) categories that appear in annual reports (everything but `other`). */
export type ReportCategory = Exclude<ItemCategory, 'other'>;

/** The categories in the order the template lists them: UN Register I-VII, then small arms, then light weapons. */
export const REPORT_CATEGORIES = ITEM_CATEGORIES.filter((c): c is ReportCategory => c !== 'other');

/** How the ATT template and the UN Register label each category. */
export const CATEGORY_LABELS: Readonly<Record<ReportCategory, { readonly code: string; readonly title: string }>> = {
  'battle-tanks': { code: 'I', title: 'Battle tanks' },
  'armoured-combat-vehicles': { code: 'II', title: 'Armoured combat vehicles' },
  'large-calibre-artillery': { code: 'III', title: 'Large-calibre artillery systems' },
  'combat-aircraft': { code: 'IV', title: 'Combat aircraft' },
  'attack-helicopters': { code: 'V', title: 'Attack helicopters' },
  warships: { code: 'VI', title: 'Warships' },
  missiles: { code: 'VII', title: 'Missiles and missile launchers' },
  'small-arms': { code: 'VIII.1', title: 'Small arms' },
  'light-weapons': { code: 'VIII.2', title: 'Light weapons' },
};

/** The UN Register's SALW subcategory titles, numbered as in its SALW reporting form. */
export const SUBCATEGORY_LABELS: Readonly<Record<SalwSubcategory, { readonly code: string; readonly title: string }>> = {
  'revolvers-and-self-loading-pistols': { code: '1.1', title: 'Revolvers and self-loading pistols' },
  'rifles-and-carbines': { code: '1.2', title: 'Rifles and carbines' },
  'sub-machine-guns': { code: '1.3', title: 'Sub-machine guns' },
  'assault-rifles': { code: '1.4', title: 'Assault rifles' },
  'light-machine-guns': { code: '1.5', title: 'Light machine guns' },
  'others-small-arms': { code: '1.6', title: 'Others (small arms)' },
  'heavy-machine-guns': { code: '2.1', title: 'Heavy machine guns' },
  'grenade-launchers': { code: '2.2', title: 'Hand-held under-barrel and mounted grenade launchers' },
  'portable-anti-tank-guns': { code: '2.3', title: 'Portable anti-tank guns' },
  'recoilless-rifles': { code: '2.4', title: 'Recoilless rifles' },
  'portable-anti-tank-missile-launchers': { code: '2.5', title: 'Portable launchers of anti-tank missile and rocket systems' },
  'portable-anti-aircraft-missile-launchers': { code: '2.6', title: 'Portable launchers of anti-aircraft missile systems' },
  'mortars-under-75mm': { code: '2.7', title: 'Mortars of calibres less than 75 mm' },
  'others-light-weapons': { code: '2.8', title: 'Others (light weapons)' },
};

/** True for the two SALW categories, whose rows are broken down by subcategory. */
export function isSalw(category: ReportCategory): category is 'small-arms' | 'light-weapons' {
  return category === 'small-arms' || category === 'light-weapons';
}

/** True when the subcategory belongs to the category (a rifle subcategory on a light weapon does not). */
export function subcategoryFits(category: 'small-arms' | 'light-weapons', subcategory: SalwSubcategory): boolean {
  const list: readonly string[] = category === 'small-arms' ? SMALL_ARMS_SUBCATEGORIES : LIGHT_WEAPONS_SUBCATEGORIES;
  return list.includes(subcategory);
}

/** Sort rank of a (category, subcategory) pair in the template's order. */
export function categoryRank(category: ReportCategory, subcategory: SalwSubcategory | null): number {
  return REPORT_CATEGORIES.indexOf(category) * 100 + (subcategory ? SALW_SUBCATEGORIES.indexOf(subcategory) + 1 : 0);
}

/** "VIII.1 Small arms / 1.4 Assault rifles", the label both reports print. */
export function categoryLabel(category: ReportCategory, subcategory: SalwSubcategory | null): string {
  const main = `${CATEGORY_LABELS[category].code} ${CATEGORY_LABELS[category].title}`;
  return subcategory ? `${main} / ${SUBCATEGORY_LABELS[subcategory].code} ${SUBCATEGORY_LABELS[subcategory].title}` : main;
}
