import { ETHNIC_GROUPS } from '../vocab/ethnic-groups.ts';

/** Level suffixes, longest first, stripped to make short names. */
const SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '新区',
  '街道',
  '地区',
  '林区',
  '省',
  '市',
  '区',
  '县',
  '镇',
  '乡',
  '盟',
  '旗',
];

/**
 * A division's name without its level suffix (广东省 → 广东, 南海区 → 南海, 石龙镇 → 石龙), and an
 * autonomous region's without its peoples too; a name the suffix would leave one character of
 * stays whole.
 *
 * @example
 * shortName('迪庆藏族自治州') // → '迪庆'
 */
export function shortName(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.length <= suffix.length + 1 || !name.endsWith(suffix)) continue;
    const short = name.slice(0, -suffix.length);
    return suffix.startsWith('自治') ? withoutEthnicGroups(short) : short;
  }
  return name;
}

/** 迪庆藏族 → 迪庆, 红河哈尼族彝族 → 红河: an autonomous region goes by its name without its peoples. */
function withoutEthnicGroups(short: string): string {
  let out = short;
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      if (out.length > group.length + 1 && out.endsWith(group)) {
        out = out.slice(0, -group.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}
