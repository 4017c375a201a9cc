// Added to govmomi v0.56.0's simulator package by test/e2e/vsphere/setup.sh.

package simulator

import (
	"os"

	"github.com/vmware/govmomi/vim25/types"
	"github.com/vmware/govmomi/vmdk"
)

// ddbDiskType is where the simulator keeps a disk's provisioning type. vCenter
// keeps it in VMFS file metadata, which the simulator does not have; the
// descriptor travels with the disk through copy, move and extend.
const ddbDiskType = "vcsim.diskType"

// recordDiskSpec writes the provisioning and adapter type that
// CreateVirtualDisk asked for into the disk's descriptor, as ESXi does for the
// adapter (ddb.adapterType) and for thin disks (ddb.thinProvisioned).
func recordDiskSpec(desc *vmdk.Descriptor, spec types.BaseVirtualDiskSpec) {
	if spec == nil {
		return
	}
	s := spec.GetVirtualDiskSpec()
	if s.AdapterType != "" {
		desc.DDB["adapterType"] = s.AdapterType
	}
	if s.DiskType != "" {
		desc.DDB[ddbDiskType] = s.DiskType
		if s.DiskType == string(types.VirtualDiskTypeThin) {
			desc.DDB["thinProvisioned"] = "1"
		}
	}
}

// diskTypeOf is the type QueryVirtualDiskInfo reports: the recorded one, else
// thin (what the simulator always reported before it recorded types).
func diskTypeOf(desc *vmdk.Descriptor) string {
	if t := desc.DDB[ddbDiskType]; t != "" {
		return t
	}
	return string(types.VirtualDiskTypeThin)
}

// vmDiskFileInfo fills the details a VmDiskFileQuery asks for from the
// descriptor at file: capacity, backing type and (when recorded) thinness.
func (s *searchDatastore) vmDiskFileInfo(file string, info types.FileInfo) *types.VmDiskFileInfo {
	res := &types.VmDiskFileInfo{FileInfo: info}
	var flags types.VmDiskFileQueryFlags
	for _, q := range s.SearchSpec.Query {
		if dq, ok := q.(*types.VmDiskFileQuery); ok && dq.Details != nil {
			flags = *dq.Details
		}
	}
	if !flags.CapacityKb && !flags.DiskType && (flags.Thin == nil || !*flags.Thin) {
		return res
	}
	f, err := os.Open(file)
	if err != nil {
		return res
	}
	defer f.Close()
	desc, err := vmdk.ParseDescriptor(f)
	if err != nil || len(desc.Extent) == 0 {
		return res // a -flat.vmdk extent, or not a descriptor
	}
	if flags.CapacityKb {
		res.CapacityKb = desc.Capacity() / 1024
	}
	if flags.DiskType {
		res.DiskType = "VirtualDiskFlatVer2BackingInfo" // the only backing the simulator creates
	}
	if t := desc.DDB[ddbDiskType]; t != "" && flags.Thin != nil && *flags.Thin {
		res.Thin = types.NewBool(t == string(types.VirtualDiskTypeThin)) // unknown unless recorded
	}
	return res
}
