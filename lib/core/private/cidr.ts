import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import * as ipaddr from 'ipaddr.js';
import { ValidationError } from '../errors';

// CIDR maths over ipaddr.js: addresses become bigints so containment and overlap
// are plain interval comparisons, for IPv4 and IPv6 alike.

/** A parsed CIDR block as an inclusive address interval. */
export interface CidrBlock {
  readonly cidr: string;
  readonly version: number;
  readonly prefix: number;
  readonly first: bigint;
  readonly last: bigint;
}

function toBigInt(addr: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return addr.toByteArray().reduce((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
}

function bits(version: number): number {
  return version === 4 ? 32 : 128;
}

/** Parses `cidr`, rejecting malformed blocks and blocks with host bits set. */
export function parseCidr(scope: IConstruct, prop: string, cidr: string): CidrBlock {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  let prefix: number;
  try {
    // ipaddr.js also accepts classful shorthand ("10.0.0/8"); require four parts.
    if (cidr.includes('.') && !cidr.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(cidr.split('/')[0])) throw new Error('not four-part');
    [addr, prefix] = ipaddr.parseCIDR(cidr);
  } catch {
    throw new ValidationError(scope, prop, `"${cidr}" is not a valid CIDR block`, 'write it as address/prefix, e.g. "10.0.0.0/16"');
  }
  const version = addr.kind() === 'ipv4' ? 4 : 6;
  const size = bits(version);
  const value = toBigInt(addr);
  const hostMask = (1n << BigInt(size - prefix)) - 1n;
  const first = value & ~hostMask;
  if (value !== first) {
    const network = ipaddr.fromByteArray(bigIntToBytes(first, size / 8)).toString();
    throw new ValidationError(scope, prop, `"${cidr}" has host bits set`, `use the network address "${network}/${prefix}"`);
  }
  return { cidr, version, prefix, first, last: first | hostMask };
}

/** Parses a single IP address (of the given version when set). */
export function parseAddress(scope: IConstruct, prop: string, address: string, version?: number): bigint {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    if (address.includes('.') && !address.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(address)) throw new Error('not four-part');
    addr = ipaddr.parse(address);
  } catch {
    throw new ValidationError(scope, prop, `"${address}" is not a valid IP address`, 'give an address such as "10.0.0.1"');
  }
  const v = addr.kind() === 'ipv4' ? 4 : 6;
  if (version !== undefined && v !== version) {
    throw new ValidationError(scope, prop, `"${address}" is IPv${v} but the subnet is IPv${version}`, `give an IPv${version} address`);
  }
  return toBigInt(addr);
}

/** True when `inner` lies entirely within `outer`. */
export function contains(outer: CidrBlock, inner: CidrBlock): boolean {
  return outer.version === inner.version && inner.first >= outer.first && inner.last <= outer.last;
}

/**
 * True when `address` may be given to a host of `block`: not the network address and,
 * on IPv4, not the broadcast address (IPv6 has no broadcast).
 */
export function isHostAddress(block: CidrBlock, address: bigint): boolean {
  return address > block.first && (block.version === 6 || address < block.last);
}

/** True when two blocks share at least one address. */
export function overlaps(a: CidrBlock, b: CidrBlock): boolean {
  return a.version === b.version && a.first <= b.last && b.first <= a.last;
}

/** The first overlapping pair among named blocks, in O(n log n). Undefined when none overlap. */
export function findOverlap<T extends { block: CidrBlock }>(items: T[]): [T, T] | undefined {
  const sorted = [...items].sort((x, y) => x.block.version - y.block.version || (x.block.first < y.block.first ? -1 : x.block.first > y.block.first ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (overlaps(sorted[i - 1].block, sorted[i].block)) return [sorted[i - 1], sorted[i]];
  }
  return undefined;
}

/** True when `cidr` is a token (known only at apply time) and so cannot be checked. */
export function isUnresolved(value: string): boolean {
  return Token.isUnresolved(value);
}

function bigIntToBytes(value: bigint, length: number): number[] {
  const out = new Array<number>(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(value & 0xffn);
    value >>= 8n;
  }
  return out;
}

/** Formats an address of `version` from its bigint value. */
export function formatAddress(value: bigint, version: number): string {
  return ipaddr.fromByteArray(bigIntToBytes(value, bits(version) / 8)).toString();
}

/**
 * The host range of `block` as address ranges without `excluded` addresses: allocation
 * pools that keep fixed addresses (and the gateway) out of reach of dynamic allocation.
 */
export function rangesExcluding(block: CidrBlock, excluded: bigint[]): Array<{ start: string; end: string }> {
  const first = block.first + 1n;
  const last = block.version === 4 ? block.last - 1n : block.last;
  const ranges: Array<{ start: string; end: string }> = [];
  let start = first;
  for (const x of [...new Set(excluded)].filter((v) => v >= first && v <= last).sort((a, b) => (a < b ? -1 : 1))) {
    if (x > start) ranges.push({ start: formatAddress(start, block.version), end: formatAddress(x - 1n, block.version) });
    start = x + 1n;
  }
  if (start <= last) ranges.push({ start: formatAddress(start, block.version), end: formatAddress(last, block.version) });
  return ranges;
}
