"""A Cinder volume driver that stores nothing and advertises multiattach.

Cinder ships FakeLoggingVolumeDriver for its own tests; its stats omit `multiattach`,
so the scheduler refuses volume types with `multiattach="<is> True"`. Reporting it
lets shared volumes (SharedVolume) be created and attached to several servers. The
pool takes the configured backend name, so one process can serve one backend per zone.

Examples also name storage back ends of their own (volume types with
`volume_backend_name=ceph-ssd`): every backend serves one more pool per name in
OSCAR_E2E_BACKEND_NAMES (comma-separated), with that backend name, so such a volume is
scheduled in whichever zone its instance is.

Volumes from images (boot from volume) are "cloned" from the image location, as a Ceph
backend does: the parent class would download the image and inspect it with qemu-img
through sudo and privsep, which this host does not have.
"""
import os

from cinder.tests import fake_driver


class MultiattachFakeDriver(fake_driver.FakeLoggingVolumeDriver):
    def _update_volume_stats(self):
        super()._update_volume_stats()
        name = self.configuration.safe_get("volume_backend_name") or "fake"
        self._stats.update(volume_backend_name=name, multiattach=True)
        (base,) = self._stats["pools"]
        # reserved_percentage 100 (the parent's) would make every pool look full.
        base.update(pool_name=name, multiattach=True, reserved_percentage=0)
        extra = [n for n in os.environ.get("OSCAR_E2E_BACKEND_NAMES", "").split(",") if n and n != name]
        self._stats["pools"] = [base] + [dict(base, pool_name=n, volume_backend_name=n) for n in extra]

    def clone_image(self, context, volume, image_location, image_meta, image_service):
        return None, True
