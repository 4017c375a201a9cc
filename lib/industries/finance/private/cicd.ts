import { Construct } from 'constructs';
import { ComplianceSuppressions } from '../../../compliance';
import { LabelKeys } from '../../../core/labels';
import { Names } from '../../../core/names';
import { EnvironmentNamespace, ICluster, ImageBuild, PodSecurityLevel } from '../../../kubernetes';
import { FinancePipelineProps } from '../props';

// The CI part of a finance CI/CD platform: Kaniko image builds from Git in their own namespace (internal).

/** @internal The CI namespace and its builds, one per tag, pushed to `imageRepository`. */
export function createPipeline(scope: Construct, cluster: ICluster, name: string, imageRepository: string, p: FinancePipelineProps): { namespace: EnvironmentNamespace; builds: ImageBuild[] } {
  const namespace = new EnvironmentNamespace(scope, 'ci', {
    cluster,
    name: p.namespaceName ?? `${name}-ci`,
    podSecurity: PodSecurityLevel.BASELINE, // Kaniko unpacks layers as root
    egressCidrs: p.egressCidrs,
    labels: { [LabelKeys.ENVIRONMENT]: 'ci' },
    quota: p.quota ?? { requestsCpu: '4', requestsMemory: '8Gi', limitsCpu: '8', limitsMemory: '16Gi' },
  });
  const builds = p.builds.map((b) => {
    const build = new ImageBuild(scope, `build-${Names.toDnsLabel(b.tag)}`, {
      cluster,
      namespace: namespace.name,
      name: Names.toDnsLabel(`build-${b.tag}`).slice(0, 63).replace(/-+$/, ''),
      gitUrl: p.gitUrl,
      gitRef: b.gitRef,
      destination: `${imageRepository}:${b.tag}`,
      registryCredentialsSecret: p.registryCredentialsSecret,
      executorImage: p.executorImage,
    });
    ComplianceSuppressions.add(build, {
      ruleId: 'k8s-run-as-non-root',
      reason: 'Kaniko unpacks image layers as root by design; it runs in the isolated CI namespace (baseline Pod Security, default-deny network policies), never next to the application',
    });
    return build;
  });
  return { namespace, builds };
}
