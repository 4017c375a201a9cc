// Added to govmomi v0.56.0's simulator package by test/e2e/vsphere/setup.sh.

package simulator

import (
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// hostForPool picks the host with the fewest VMs in the compute resource that
// owns pool, for a clone that names a pool but no host. vcsim used to keep the
// template's host, which may sit in another cluster and lack the datastore the
// clone is placed on.
func hostForPool(ctx *Context, pool *types.ManagedObjectReference) *types.ManagedObjectReference {
	if pool == nil {
		return nil
	}
	rp, ok := ctx.Map.Get(*pool).(*ResourcePool)
	if !ok {
		return nil
	}
	var hosts []types.ManagedObjectReference
	switch cr := ctx.Map.Get(rp.Owner).(type) {
	case *ClusterComputeResource:
		hosts = cr.Host
	case *mo.ComputeResource:
		hosts = cr.Host
	}
	var best *types.ManagedObjectReference
	fewest := -1
	for i := range hosts {
		if h, ok := ctx.Map.Get(hosts[i]).(*HostSystem); ok && (fewest < 0 || len(h.Vm) < fewest) {
			fewest, best = len(h.Vm), &hosts[i]
		}
	}
	return best
}
