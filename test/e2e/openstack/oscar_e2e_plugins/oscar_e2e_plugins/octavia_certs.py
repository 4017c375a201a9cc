"""An Octavia certificate manager: noop, except that secrets read as a real CA.

Octavia's noop manager answers every reference with a certificate *object*, so a
listener's client CA (`client_ca_tls_container_ref`, read with get_secret and parsed
as PEM) is refused: "The client authentication CA certificate is invalid". Barbican is
not part of the test cloud; this manager answers secret references with Octavia's own
sample CA certificate (PEM), and everything else as the noop manager does.
"""
from octavia.certificates.manager import noop
from octavia.tests.common import sample_certs


class ReferenceCertManager(noop.NoopCertManager):
    def get_secret(self, context, secret_ref):
        return sample_certs.X509_CA_CERT
