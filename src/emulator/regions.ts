// The regions the emulator knows: their Chinese and English names (DescribeRegions answers in
// Chinese unless asked for `en-US`), zones, and the short code real resource ids carry after their
// prefix (`vpc-bp1…` is a Hangzhou VPC), so generated ids look like the ones engineers read daily.

export interface RegionInfo {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Three characters that follow the id prefix, e.g. `bp1` for cn-hangzhou. */
  idCode: string;
  zones: string[];
  /** The endpoint DescribeRegions reports for the VPC API. */
  vpcEndpoint: string;
}

const CENTRAL = 'vpc.aliyuncs.com';
const regional = (id: string): string => `vpc.${id}.aliyuncs.com`;

function region(id: string, nameZh: string, nameEn: string, idCode: string, zoneLetters: string, central: boolean): RegionInfo {
  return { id, nameZh, nameEn, idCode, zones: [...zoneLetters].map((z) => `${id}-${z}`), vpcEndpoint: central ? CENTRAL : regional(id) };
}

export const REGION_CATALOG: readonly RegionInfo[] = [
  region('cn-hangzhou', '华东1（杭州）', 'China (Hangzhou)', 'bp1', 'hijk', true),
  region('cn-shanghai', '华东2（上海）', 'China (Shanghai)', 'uf6', 'efgl', true),
  region('cn-beijing', '华北2（北京）', 'China (Beijing)', '2ze', 'ghik', true),
  region('ap-southeast-1', '新加坡', 'Singapore', 't4n', 'abc', true),
  region('cn-shenzhen', '华南1（深圳）', 'China (Shenzhen)', 'wz9', 'def', true),
  region('cn-qingdao', '华北1（青岛）', 'China (Qingdao)', 'm5e', 'bc', true),
  region('cn-zhangjiakou', '华北3（张家口）', 'China (Zhangjiakou)', '8vb', 'abc', false),
  region('cn-huhehaote', '华北5（呼和浩特）', 'China (Hohhot)', 'hp3', 'ab', false),
  region('cn-wulanchabu', '华北6（乌兰察布）', 'China (Ulanqab)', '0jl', 'abc', false),
  region('cn-chengdu', '西南1（成都）', 'China (Chengdu)', '2vc', 'ab', false),
  region('cn-guangzhou', '华南3（广州）', 'China (Guangzhou)', '7xv', 'ab', false),
  region('cn-hongkong', '中国香港', 'China (Hong Kong)', 'j6c', 'bcd', true),
  region('ap-northeast-1', '日本（东京）', 'Japan (Tokyo)', '6we', 'abc', false),
  region('ap-northeast-2', '韩国（首尔）', 'South Korea (Seoul)', 'mj7', 'a', false),
  region('ap-southeast-3', '马来西亚（吉隆坡）', 'Malaysia (Kuala Lumpur)', '8ps', 'ab', false),
  region('ap-southeast-5', '印度尼西亚（雅加达）', 'Indonesia (Jakarta)', 'k1a', 'abc', false),
  region('ap-southeast-6', '菲律宾（马尼拉）', 'Philippines (Manila)', '5ts', 'a', false),
  region('ap-southeast-7', '泰国（曼谷）', 'Thailand (Bangkok)', '0jo', 'a', false),
  region('us-west-1', '美国（硅谷）', 'US (Silicon Valley)', 'rj9', 'ab', true),
  region('us-east-1', '美国（弗吉尼亚）', 'US (Virginia)', '0xi', 'ab', true),
  region('eu-central-1', '德国（法兰克福）', 'Germany (Frankfurt)', 'gw8', 'abc', false),
  region('eu-west-1', '英国（伦敦）', 'UK (London)', 'd7o', 'ab', false),
  region('me-east-1', '阿联酋（迪拜）', 'UAE (Dubai)', 'eb3', 'ab', false),
  region('me-central-1', '沙特（利雅得）', 'Saudi Arabia (Riyadh)', 'l4v', 'ab', false),
];

const byId = new Map(REGION_CATALOG.map((r) => [r.id, r]));

export function regionInfo(id: string): RegionInfo | undefined {
  return byId.get(id);
}

export function isKnownRegion(id: string): boolean {
  return byId.has(id);
}
