"""A Cinder volume driver that stores nothing and advertises multiattach.

Cinder ships FakeLoggingVolumeDriver for its own tests; its stats omit `multiattach`,
so the scheduler refuses volume types with `multiattach="<is> True"`. Reporting it
lets shared volumes (SharedVolume) be created and attached to several servers. The
pool takes the configured backend name, so one process can serve one backend per zone.
"""
from cinder.tests import fake_driver


class MultiattachFakeDriver(fake_driver.FakeLoggingVolumeDriver):
    def _update_volume_stats(self):
        super()._update_volume_stats()
        name = self.configuration.safe_get("volume_backend_name") or "fake"
        self._stats.update(volume_backend_name=name, multiattach=True)
        for pool in self._stats["pools"]:
            # reserved_percentage 100 (the parent's) would make every pool look full.
            pool.update(pool_name=name, multiattach=True, reserved_percentage=0)
