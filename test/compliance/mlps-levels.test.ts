import { TerraformStack } from 'cdktf';
import { Compliance, MlpsLevel } from '../../lib/compliance';
import { BlockstorageVolumeV3 } from '../../lib/providers/openstack/blockstorage-volume-v3';
import { NetworkingFloatingipV2 } from '../../lib/providers/openstack/networking-floatingip-v2';
import { NetworkingQosPolicyV2 } from '../../lib/providers/openstack/networking-qos-policy-v2';
import { VpnaasIkePolicyV2 } from '../../lib/providers/openstack/vpnaas-ike-policy-v2';
import { evaluate, ruleOutcome } from '../util/compliance';

// The MLPS pack by protection level (digest H7, GB/T 22239-2019 chapters 7-9).

const ids = (level: MlpsLevel) => Compliance.mlps(level).ruleIds;

describe('H7: the MLPS pack takes the protection level', () => {
  test('H7: MLPS_LEVEL3 is the level-3 pack, with the ten rules it always had', () => {
    expect(Compliance.mlps(MlpsLevel.LEVEL_3)).toBe(Compliance.MLPS_LEVEL3);
    expect(ids(MlpsLevel.LEVEL_3)).toEqual(Array.from({ length: 10 }, (_, i) => `MLPS-${i + 1}`));
  });

  test('H7: level 2 leaves out what level 3 first requires; level 4 adds its own controls; the IDs are shared', () => {
    const two = new Set(ids(MlpsLevel.LEVEL_2));
    const three = new Set(ids(MlpsLevel.LEVEL_3));
    const four = new Set(ids(MlpsLevel.LEVEL_4));
    expect([...three].filter((id) => !two.has(id))).toEqual(['MLPS-4', 'MLPS-6', 'MLPS-7']);
    expect([...four].filter((id) => !three.has(id))).toEqual(['MLPS-11', 'MLPS-12']);
    for (const id of two) expect(three.has(id) && four.has(id)).toBe(true);
    expect(Compliance.mlps(MlpsLevel.LEVEL_4).name).toBe('MLPS_LEVEL4');
  });

  test('H7: each level cites its own chapter (7, 8 or 9) of GB/T 22239-2019', () => {
    for (const [level, chapter] of [[MlpsLevel.LEVEL_2, '7'], [MlpsLevel.LEVEL_3, '8'], [MlpsLevel.LEVEL_4, '9']] as const) {
      for (const r of Compliance.mlps(level)._rules) {
        expect(r.control).toMatch(new RegExp(`^${chapter}\\.[12]\\.`));
        expect(r.control).not.toMatch(new RegExp(`(^|[^.\\d])(${['7', '8', '9'].filter((c) => c !== chapter).join('|')})\\.[12]\\.\\d`));
      }
    }
  });

  test('H7: an unencrypted volume fails MLPS-6 at level 3 and is not judged at level 2', () => {
    const build = (s: TerraformStack) => { new BlockstorageVolumeV3(s, 'v', { size: 1 }); };
    expect(ruleOutcome(Compliance.mlps(MlpsLevel.LEVEL_3), 'MLPS-6', build).findings).toHaveLength(1);
    expect(evaluate(build, Compliance.mlps(MlpsLevel.LEVEL_2)).findings.filter((f) => f.ruleId === 'MLPS-6')).toEqual([]);
  });

  test('H7: MLPS-11 (level 4) flags weak VPN crypto and passes strong crypto', () => {
    const four = Compliance.mlps(MlpsLevel.LEVEL_4);
    const ike = (encryptionAlgorithm: string) => (s: TerraformStack) => { new VpnaasIkePolicyV2(s, 'ike', { name: 'ike', encryptionAlgorithm, authAlgorithm: 'sha256', pfs: 'group14' }); };
    expect(ruleOutcome(four, 'MLPS-11', ike('aes-256')).findings).toEqual([]);
    expect(ruleOutcome(four, 'MLPS-11', ike('3des')).findings[0].message).toContain('3des');
  });

  test('H7: MLPS-12 (level 4) flags a floating IP without a bandwidth limit and passes one with a limit', () => {
    const four = Compliance.mlps(MlpsLevel.LEVEL_4);
    const limited = (s: TerraformStack) => { new NetworkingFloatingipV2(s, 'fip', { pool: 'public', valueSpecs: { qos_policy_id: new NetworkingQosPolicyV2(s, 'qos', { name: 'fip' }).id } }); };
    expect(ruleOutcome(four, 'MLPS-12', limited).findings).toEqual([]);
    expect(ruleOutcome(four, 'MLPS-12', (s) => { new NetworkingFloatingipV2(s, 'fip', { pool: 'public' }); }).findings).toHaveLength(1);
  });

  test('H7: enabling another level replaces the enabled MLPS pack instead of running both', () => {
    const c = Compliance.of(new TerraformStack(undefined as any, 'x'));
    c.enable(Compliance.MLPS_LEVEL3, Compliance.SECURITY_BASELINE).enable(Compliance.mlps(MlpsLevel.LEVEL_4));
    expect(c.packs.map((p) => p.name)).toEqual(['MLPS_LEVEL4', 'SECURITY_BASELINE']);
  });
});
