# Python port of main.ts (the same stack, the same synthesized Terraform JSON; the review
# kit's Python test asserts it). pip install oscar-blueprints cdktf==0.21.0
# cdktf-cdktf-provider-kubernetes==12.1.1, then `python main.py`.
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_kubernetes.provider import KubernetesProvider
from constructs import Construct
from oscar_blueprints import (
    Autoscaling,
    Compliance,
    ContainerResources,
    DeliveryStage,
    FinanceApplicationProps,
    FinanceAuditTierProps,
    FinanceBuildProps,
    FinanceCicdPlatform,
    FinanceEnvironmentProps,
    FinanceGatewayProps,
    FinancePipelineProps,
    GitRef,
    KubernetesCluster,
    Labels,
    NamespaceQuota,
    Probe,
    ReleaseStrategy,
    SiteRole,
    Subject,
)

REPOSITORY = "registry.bank.example/payments/api"
CURRENT = f"{REPOSITORY}@sha256:3f1e2d4c5b6a79880f1e2d3c4b5a69788f9e0d1c2b3a49586f7e8d9c0b1a2f3e"
NEXT = f"{REPOSITORY}@sha256:9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081"
PROD_QUOTA = NamespaceQuota(requests_cpu="8", requests_memory="16Gi", limits_cpu="16", limits_memory="32Gi", pods=40)
COLLECTOR = "cr.fluentbit.io/fluent/fluent-bit@sha256:5c0e8a1b2d3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3"


class FinanceCicdK8sStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        Labels.of(self).add("oscar.io/example", "finance-cicd-k8s")
        KubernetesProvider(self, "kubernetes", config_path="~/.kube/config", config_context="site-a")
        dr = KubernetesProvider(self, "kubernetes-dr", alias="dr", config_path="~/.kube/config", config_context="site-b")

        application = FinanceApplicationProps(
            name="payments-api",
            readiness_probe=Probe.http_get("/ready", period_seconds=5),
            liveness_probe=Probe.http_get("/healthz", period_seconds=20),
            resources=ContainerResources(cpu_request="250m", cpu_limit="1", memory_request="256Mi", memory_limit="512Mi"),
            env={"LOG_FORMAT": "json", "AUDIT_LOG_URL": "http://log-collector.payments-audit.svc:9880/app"},
        )
        gateway = FinanceGatewayProps(gateway_class_name="eg", namespace="gateway-system", proxy_namespaces=["envoy-gateway-system"], client_ca_config_map="bank-client-ca")
        audit = FinanceAuditTierProps(collector_image=COLLECTOR, egress_cidrs=["10.30.0.0/24"], viewers=[Subject.group("auditors")])

        self.primary = FinanceCicdPlatform(
            self, "payments",
            name="payments",
            domain="payments.bank.example",
            image_repository=REPOSITORY,
            application=application,
            environments=[
                FinanceEnvironmentProps(stage=DeliveryStage.DEV, image=f"{REPOSITORY}:main-20261124.1", editors=[Subject.group("payments-developers")]),
                FinanceEnvironmentProps(stage=DeliveryStage.TEST, image=f"{REPOSITORY}:1.5.0", viewers=[Subject.group("payments-testers")]),
                FinanceEnvironmentProps(stage=DeliveryStage.STAGING, image=NEXT, viewers=[Subject.group("payments-testers")]),
                FinanceEnvironmentProps(
                    stage=DeliveryStage.PROD,
                    image=CURRENT,
                    replicas=3,
                    autoscaling=Autoscaling(min_replicas=3, max_replicas=12, cpu_utilization_percent=70, memory_utilization_percent=80),
                    release=ReleaseStrategy.canary(image=NEXT, weight=10, headers={"x-canary": "always"}),
                    quota=PROD_QUOTA,
                    viewers=[Subject.group("payments-sre")],
                ),
            ],
            pipeline=FinancePipelineProps(
                git_url="https://git.bank.example/payments/api.git",
                builds=[
                    FinanceBuildProps(git_ref=GitRef.branch("main"), tag="main-20261124.1"),
                    FinanceBuildProps(git_ref=GitRef.tag("v1.5.0"), tag="1.5.0"),
                ],
                registry_credentials_secret="registry-push",
                executor_image="registry.bank.example/mirror/kaniko-executor:v1.23.2",
                egress_cidrs=["10.20.0.0/24"],  # Git server and registry
            ),
            gateway=gateway,
            audit=audit,
            strict_zone_spread=True,
        )

        self.disaster_recovery = FinanceCicdPlatform(
            self, "payments-dr",
            name="payments",
            site_role=SiteRole.DISASTER_RECOVERY,
            cluster=KubernetesCluster.from_provider(dr),
            domain="payments.bank.example",
            image_repository=REPOSITORY,
            application=application,
            environments=[FinanceEnvironmentProps(stage=DeliveryStage.PROD, image=CURRENT, replicas=2, quota=PROD_QUOTA)],
            gateway=gateway,
            audit=audit,
        )

        Compliance.of(self).enable(Compliance.FINANCE, Compliance.SECURITY_BASELINE)


if __name__ == "__main__":
    app = App()
    FinanceCicdK8sStack(app, "finance-cicd-k8s")
    app.synth()
