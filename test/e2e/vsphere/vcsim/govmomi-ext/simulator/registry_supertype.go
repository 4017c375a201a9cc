// Added to govmomi v0.56.0's simulator package by test/e2e/vsphere/setup.sh.

package simulator

import (
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// getAsSupertype finds an object whose reference was given with a supertype,
// e.g. ComputeResource:domain-c7 for a cluster: vCenter resolves a moref by its
// value, and the provider reads a cluster's environment browser that way
// (before customizing a clone). r.m must be held.
func (r *Registry) getAsSupertype(ref types.ManagedObjectReference) mo.Reference {
	for key, obj := range r.objects {
		if key.Value == ref.Value && key.Type != ref.Type && embeds(obj, ref.Type) {
			return obj
		}
	}
	return nil
}

func embeds(obj mo.Reference, kind string) (ok bool) {
	defer func() {
		if recover() != nil { // not an mo-backed object
			ok = false
		}
	}()
	f, found := getManagedObject(obj).Type().FieldByName(kind)
	return found && f.Anonymous
}
