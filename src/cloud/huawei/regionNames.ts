// Huawei Cloud's names for its regions, as the console shows them ("CN North-Beijing4"); IAM lists a
// region's project under the region's id only. A region not in this table is shown by its id.

const REGION_NAMES: Readonly<Record<string, string>> = {
  'cn-north-1': 'CN North-Beijing1',
  'cn-north-4': 'CN North-Beijing4',
  'cn-north-9': 'CN North-Ulanqab1',
  'cn-east-2': 'CN East-Shanghai2',
  'cn-east-3': 'CN East-Shanghai1',
  'cn-south-1': 'CN South-Guangzhou',
  'cn-southwest-2': 'CN Southwest-Guiyang1',
  'ap-southeast-1': 'CN-Hong Kong',
  'ap-southeast-2': 'AP-Bangkok',
  'ap-southeast-3': 'AP-Singapore',
  'ap-southeast-4': 'AP-Jakarta',
  'af-south-1': 'AF-Johannesburg',
  'sa-brazil-1': 'LA-Sao Paulo1',
  'la-north-2': 'LA-Mexico City2',
  'la-south-2': 'LA-Santiago',
  'tr-west-1': 'TR-Istanbul',
  'me-east-1': 'ME-Riyadh',
  'eu-west-101': 'EU-Dublin',
};

export function huaweiRegionName(regionId: string): string {
  return REGION_NAMES[regionId] ?? regionId;
}
