/**
 * The campaigns shipped with the extension: public lists of NHS organisations with their
 * websites. Sources and licence: ./data/PROVENANCE.md.
 */
import ccgs from './data/ccgs-2013.csv?raw';
import icbs from './data/icbs-2024.csv?raw';
import trusts from './data/trusts.csv?raw';

export interface ShippedCampaign {
  id: string;
  name: string;
  /** Where the list comes from, as the campaign shows it. */
  source: string;
  csv: string;
}

const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0.';

export const SHIPPED_CAMPAIGNS: readonly ShippedCampaign[] = [
  {
    id: 'icbs-2024',
    name: 'The 42 ICBs of England (2024)',
    source: `ONS "ICB names and codes (December 2024)"; websites from a public list of ICB websites. ${OGL}`,
    csv: icbs,
  },
  {
    id: 'trusts-2024',
    name: 'NHS trusts of England (2024)',
    source:
      'The urls.csv of the public project ManicJamie/NHS-Trust-Accessibility-Monitor (2024); some addresses now redirect.',
    csv: trusts,
  },
  {
    id: 'ccgs-2013',
    name: 'The 211 CCGs of 2013 (history: most sites closed in 2022)',
    source: `NHS England ODS "eccg" extract; website roots seen in 2019 from the NHSSpend project (crahal/NHSSpend). ${OGL}`,
    csv: ccgs,
  },
];
