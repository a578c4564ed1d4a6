import type { DomainKey } from './domains.ts';

/** Where a customer sits: picks people's names, cities, time zones and the language of its records. */
export type Region = 'na' | 'uk' | 'eu' | 'jp' | 'apac';

export interface CompanyEntry {
  name: string;
  emailDomain: string;
  industry: string;
  region: Region;
}

function entries(rows: ReadonlyArray<readonly [string, string, string, Region?]>): CompanyEntry[] {
  return rows.map(([name, emailDomain, industry, region]) => ({ name, emailDomain, industry, region: region ?? 'na' }));
}

// "Northwind Traders" must stay in acme: the sandbox Zoom client's meeting is with its people (demo-meeting.ts).
const ACME = entries([
  ['Northwind Traders', 'northwind.example', 'Wholesale Distribution'],
  ['Contoso Pharmaceuticals', 'contoso-pharma.example', 'Pharmaceuticals'],
  ['Fabrikam Industries', 'fabrikam.example', 'Manufacturing'],
  ['Tailspin Airlines', 'tailspin.example', 'Aviation'],
  ['Wide World Importers', 'wideworldimporters.example', 'Logistics'],
  ['Adventure Works Cycles', 'adventure-works.example', 'Consumer Goods'],
  ['Litware Software', 'litware.example', 'Software'],
  ['Proseware Learning', 'proseware.example', 'Education Technology'],
  ['Woodgrove Bank', 'woodgrovebank.example', 'Financial Services'],
  ['Coho Vineyard', 'cohovineyard.example', 'Food & Beverage'],
  ['Blue Yonder Airlines', 'blueyonder-air.example', 'Aviation'],
  ['Alpine Ski House', 'alpineskihouse.example', 'Hospitality'],
  ['Trey Research', 'treyresearch.example', 'Market Research'],
  ['Lucerne Publishing', 'lucernepublishing.example', 'Media & Publishing', 'eu'],
  ["Margie's Travel", 'margiestravel.example', 'Travel'],
  ['Fourth Coffee', 'fourthcoffee.example', 'Food & Beverage'],
  ['Relecloud', 'relecloud.example', 'Cloud Services'],
  ['Graphic Design Institute', 'graphicdesigninstitute.example', 'Education'],
  ['Humongous Insurance', 'humongousinsurance.example', 'Insurance'],
  ['City Power & Light', 'citypowerlight.example', 'Utilities'],
  ['Southridge Video', 'southridgevideo.example', 'Media & Publishing'],
  ['VanArsdel Ltd', 'vanarsdel.example', 'Retail', 'uk'],
  ['Bellows College', 'bellowscollege.example', 'Higher Education'],
  ['Best For You Organics', 'bestforyouorganics.example', 'Retail'],
  ['Consolidated Messenger', 'consolidatedmessenger.example', 'Logistics'],
  ['A. Datum Corporation', 'adatum.example', 'IT Services'],
  ['Wingtip Toys', 'wingtiptoys.example', 'Retail'],
  ["Munson's Pickles and Preserves", 'munsonspickles.example', 'Food & Beverage'],
  ['Nod Publishers', 'nodpublishers.example', 'Media & Publishing'],
  ['Tasmanian Traders', 'tasmaniantraders.example', 'Wholesale Distribution', 'apac'],
  ['Lamna Healthcare', 'lamnahealthcare.example', 'Healthcare'],
  ['Olympia Dental', 'olympiadental.example', 'Healthcare'],
  ['School of Fine Art', 'schooloffineart.example', 'Education', 'uk'],
  ['Baldwin Museum of Science', 'baldwinmuseum.example', 'Non-profit'],
  ['Boulder Innovations', 'boulderinnovations.example', 'Software'],
  ['Hanover Robotics', 'hanover-robotics.example', 'Robotics', 'eu'],
  ['株式会社サクラ精機', 'sakura-seiki.example', 'Precision Manufacturing', 'jp'],
  ['富士見ロジスティクス株式会社', 'fujimi-logistics.example', 'Logistics', 'jp'],
  ['株式会社ミドリ食品', 'midori-foods.example', 'Food & Beverage', 'jp'],
  ['株式会社ひかりネット', 'hikari-net.example', 'Telecommunications', 'jp'],
]);

const GLOBEX = entries([
  ['Pinecrest Health Partners', 'pinecrest-health.example', 'Healthcare'],
  ['Redwood Analytics', 'redwood-analytics.example', 'Software'],
  ['Summit Ridge Logistics', 'summitridge.example', 'Logistics'],
  ['Harborview Capital', 'harborview-capital.example', 'Financial Services'],
  ['青葉システムズ株式会社', 'aoba-systems.example', 'IT Services', 'jp'],
  ['Meridian Foods', 'meridianfoods.example', 'Food & Beverage'],
  ['Silverline Telecom', 'silverline-telecom.example', 'Telecommunications'],
  ['Oakmont Insurance Group', 'oakmont-insurance.example', 'Insurance'],
  ['Brightwater Utilities', 'brightwater.example', 'Utilities'],
  ['Granite Peak Construction', 'granitepeak.example', 'Construction'],
  ['Lakeshore University', 'lakeshore-u.example', 'Higher Education'],
  ['Evergreen Retail Group', 'evergreen-retail.example', 'Retail'],
  ['Ironclad Security', 'ironclad-security.example', 'Cybersecurity'],
  ['Bluebird Media', 'bluebird-media.example', 'Media & Publishing'],
  ['Copperleaf Energy', 'copperleaf-energy.example', 'Energy'],
  ['Northstar Aerospace', 'northstar-aero.example', 'Aerospace'],
  ['Willow Creek Farms', 'willowcreek-farms.example', 'Agriculture'],
  ['Cascade Biotech', 'cascade-bio.example', 'Biotechnology'],
  ['Horizon Freightways', 'horizon-freight.example', 'Logistics'],
  ['Maplewood Hotels', 'maplewood-hotels.example', 'Hospitality'],
  ['Quantum Leap Robotics', 'quantumleap-robotics.example', 'Robotics'],
  ['Sterling Legal LLP', 'sterling-legal.example', 'Legal Services'],
  ['Tidewater Marine', 'tidewater-marine.example', 'Shipping'],
  ['Vantage Point Realty', 'vantagepoint-realty.example', 'Real Estate'],
  ['Falcon Ridge Software', 'falconridge.example', 'Software'],
  ['Prairie Wind Power', 'prairiewind.example', 'Energy'],
  ['Crescent Pharmacy', 'crescent-pharmacy.example', 'Healthcare'],
  ['Keystone Manufacturing', 'keystone-mfg.example', 'Manufacturing'],
  ['Aspen Learning', 'aspen-learning.example', 'Education Technology'],
  ['Riverbend Credit Union', 'riverbend-cu.example', 'Financial Services'],
  ['Cobalt Mining Co.', 'cobaltmining.example', 'Mining'],
  ['株式会社はやぶさ運輸', 'hayabusa-unyu.example', 'Logistics', 'jp'],
]);

const INITECH = entries([
  ['Nordlicht Energie GmbH', 'nordlicht-energie.example', 'Energy', 'eu'],
  ['Brightwell Solicitors', 'brightwell.example', 'Legal Services', 'uk'],
  ['Société Lumière', 'societe-lumiere.example', 'Media & Publishing', 'eu'],
  ['Van der Berg Logistiek', 'vanderberg.example', 'Logistics', 'eu'],
  ['Alpenblick Hotels AG', 'alpenblick.example', 'Hospitality', 'eu'],
  ['Fjordline Seafood AS', 'fjordline.example', 'Food & Beverage', 'eu'],
  ['Castellano Moda S.p.A.', 'castellano-moda.example', 'Fashion', 'eu'],
  ['Kaskade Software GmbH', 'kaskade.example', 'Software', 'eu'],
  ['Baltica Shipping', 'baltica-shipping.example', 'Shipping', 'eu'],
  ['Iberia Solar S.L.', 'iberia-solar.example', 'Energy', 'eu'],
  ['Helvetia Precision AG', 'helvetia-precision.example', 'Manufacturing', 'eu'],
  ['Danube Pharma', 'danube-pharma.example', 'Pharmaceuticals', 'eu'],
  ['Thames Valley Insurance', 'thamesvalley-ins.example', 'Insurance', 'uk'],
  ['Polaris Bank Nordic', 'polaris-nordic.example', 'Financial Services', 'eu'],
  ['Vltava Breweries', 'vltava-brew.example', 'Food & Beverage', 'eu'],
  ['Atlantique Télécom', 'atlantique-telecom.example', 'Telecommunications', 'eu'],
  ['Rhein Chemie Werke', 'rhein-chemie.example', 'Chemicals', 'eu'],
  ['Edelweiss Medical', 'edelweiss-medical.example', 'Healthcare', 'eu'],
  ['Lisboa Digital', 'lisboa-digital.example', 'IT Services', 'eu'],
  ['Boreal Timber Oy', 'boreal-timber.example', 'Forestry', 'eu'],
  ['Meridiana Aeroporti', 'meridiana-aero.example', 'Aviation', 'eu'],
  ['Kraków Games', 'krakow-games.example', 'Gaming', 'eu'],
  ['Aurora Retail BV', 'aurora-retail.example', 'Retail', 'eu'],
  ['Celtic Cloud Ltd', 'celtic-cloud.example', 'Cloud Services', 'uk'],
  ['Provence Parfums', 'provence-parfums.example', 'Consumer Goods', 'eu'],
  ['Hanse Maschinenbau', 'hanse-maschinenbau.example', 'Manufacturing', 'eu'],
  ['Adriatic Ferries', 'adriatic-ferries.example', 'Travel', 'eu'],
  ['Oxford Lane Publishing', 'oxfordlane.example', 'Media & Publishing', 'uk'],
  ['Scandic Mobility', 'scandic-mobility.example', 'Automotive', 'eu'],
  ['株式会社こはく化学', 'kohaku-chemical.example', 'Chemicals', 'jp'],
]);

const UMBRELLA = entries([
  ['Clearwater Clinics', 'clearwater-clinics.example', 'Healthcare'],
  ['Beacon Hill Labs', 'beaconhill-labs.example', 'Biotechnology'],
  ['Stonebridge Hospital', 'stonebridge-hospital.example', 'Healthcare'],
  ['Pioneer Diagnostics', 'pioneer-dx.example', 'Medical Devices'],
  ['Lighthouse Pharmacy', 'lighthouse-rx.example', 'Pharmaceuticals'],
  ['Westfield Research Institute', 'westfield-ri.example', 'Research'],
  ['Sunrise Senior Living', 'sunrise-living.example', 'Healthcare'],
  ['Harbor Biologics', 'harbor-bio.example', 'Biotechnology'],
  ['Crestview Medical Group', 'crestview-mg.example', 'Healthcare'],
  ['Blue Ridge Veterinary', 'blueridge-vet.example', 'Veterinary'],
  ['Elmwood Dental Partners', 'elmwood-dental.example', 'Healthcare'],
  ['Keystone Health Plan', 'keystone-health.example', 'Insurance'],
  ['Mercy Valley Hospital', 'mercyvalley.example', 'Healthcare'],
  ['Orchard Wellness', 'orchard-wellness.example', 'Wellness'],
  ['Pacific Gene Therapeutics', 'pacificgene.example', 'Biotechnology'],
  ['Redstone Medical Supply', 'redstone-medical.example', 'Medical Devices'],
  ['Silver Oak Rehab', 'silveroak-rehab.example', 'Healthcare'],
  ['Tri-County EMS', 'tricounty-ems.example', 'Emergency Services'],
  ['Unity Health Network', 'unityhealth.example', 'Healthcare'],
  ['Vista Eye Care', 'vista-eyecare.example', 'Healthcare'],
  ['Greenleaf Nutrition', 'greenleaf-nutrition.example', 'Consumer Health'],
  ['Summit Orthopedics', 'summit-ortho.example', 'Healthcare'],
  ['東雲メディカル株式会社', 'shinonome-medical.example', 'Medical Devices', 'jp'],
  ['Northgate Labs', 'northgate-labs.example', 'Research'],
]);

/** The customers of each demo domain. The sandbox holds a copy of a few production customers, as sandboxes do. */
export const COMPANY_CATALOG: Record<DomainKey, CompanyEntry[]> = {
  acme: ACME,
  globex: GLOBEX,
  'globex-sandbox': GLOBEX.slice(0, 8),
  initech: INITECH,
  umbrella: UMBRELLA,
};
