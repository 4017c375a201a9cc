package simext

import (
	"context"
	"testing"

	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/vim25/types"
)

// Tests of govmomi-ext/simulator/virtual_disk_info.go: vsphere_virtual_disk
// (provider 2.15.0) reads a disk back through a datastore browser search
// (capacity) and QueryVirtualDiskInfo (type). vcsim reported 0 KB and "thin"
// for every disk, so a thick disk re-planned as a replacement forever.
func TestVirtualDiskKeepsTypeAndCapacity(t *testing.T) {
	ctx := context.Background()
	c := connect(t, ctx, newVPX(t, nil))
	finder := find.NewFinder(c.Client)
	dc, err := finder.Datacenter(ctx, "DC0")
	if err != nil {
		t.Fatal(err)
	}
	finder.SetDatacenter(dc)
	ds, err := finder.Datastore(ctx, "LocalDS_0")
	if err != nil {
		t.Fatal(err)
	}
	if err := object.NewFileManager(c.Client).MakeDirectory(ctx, ds.Path("shared"), dc, true); err != nil {
		t.Fatal(err)
	}
	vdm := object.NewVirtualDiskManager(c.Client)

	for _, tc := range []struct {
		file     string
		diskType types.VirtualDiskType
		gib      int64
	}{
		{"shared/assets.vmdk", types.VirtualDiskTypeEagerZeroedThick, 500},
		{"shared/lazy.vmdk", types.VirtualDiskTypePreallocated, 2},
		{"shared/thin.vmdk", types.VirtualDiskTypeThin, 1},
	} {
		spec := &types.FileBackedVirtualDiskSpec{
			VirtualDiskSpec: types.VirtualDiskSpec{DiskType: string(tc.diskType), AdapterType: string(types.VirtualDiskAdapterTypeLsiLogic)},
			CapacityKb:      tc.gib << 20,
		}
		task, err := vdm.CreateVirtualDisk(ctx, ds.Path(tc.file), dc, spec)
		if err != nil || task.Wait(ctx) != nil {
			t.Fatalf("create %s: %v", tc.file, err)
		}

		info, err := vdm.QueryVirtualDiskInfo(ctx, ds.Path(tc.file), dc, false)
		if err != nil {
			t.Fatal(err)
		}
		if info[0].DiskType != string(tc.diskType) {
			t.Errorf("%s: QueryVirtualDiskInfo type %q, want %q", tc.file, info[0].DiskType, tc.diskType)
		}

		got := searchDisk(ctx, t, ds, tc.file)
		if got.CapacityKb != tc.gib<<20 {
			t.Errorf("%s: browser capacity %d KB, want %d", tc.file, got.CapacityKb, tc.gib<<20)
		}
		if got.Thin == nil || *got.Thin != (tc.diskType == types.VirtualDiskTypeThin) {
			t.Errorf("%s: browser thin %v", tc.file, got.Thin)
		}
	}

	// Extending keeps the recorded type; a missing disk is FileNotFound, as on vCenter.
	task, err := vdm.ExtendVirtualDisk(ctx, ds.Path("shared/assets.vmdk"), dc, 600<<20, nil)
	if err != nil || task.Wait(ctx) != nil {
		t.Fatalf("extend: %v", err)
	}
	if info, err := vdm.QueryVirtualDiskInfo(ctx, ds.Path("shared/assets.vmdk"), dc, false); err != nil || info[0].DiskType != "eagerZeroedThick" {
		t.Errorf("after extend: %v %v", info, err)
	}
	if got := searchDisk(ctx, t, ds, "shared/assets.vmdk"); got.CapacityKb != 600<<20 {
		t.Errorf("after extend: capacity %d KB", got.CapacityKb)
	}
	if _, err := vdm.QueryVirtualDiskInfo(ctx, ds.Path("shared/missing.vmdk"), dc, false); err == nil {
		t.Error("QueryVirtualDiskInfo of a missing disk succeeded")
	}
}

// searchDisk runs the provider's search: a VmDiskFileQuery for one file name.
func searchDisk(ctx context.Context, t *testing.T, ds *object.Datastore, file string) *types.VmDiskFileInfo {
	t.Helper()
	b, err := ds.Browser(ctx)
	if err != nil {
		t.Fatal(err)
	}
	spec := types.HostDatastoreBrowserSearchSpec{
		Query: []types.BaseFileQuery{&types.VmDiskFileQuery{Details: &types.VmDiskFileQueryFlags{
			CapacityKb: true, DiskType: true, Thin: types.NewBool(true),
		}}},
		Details:      &types.FileQueryFlags{FileSize: true, FileType: true},
		MatchPattern: []string{file[len("shared/"):]},
	}
	task, err := b.SearchDatastore(ctx, ds.Path("shared"), &spec)
	if err != nil {
		t.Fatal(err)
	}
	info, err := task.WaitForResult(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := info.Result.(types.HostDatastoreBrowserSearchResults)
	if len(res.File) != 1 {
		t.Fatalf("%s: %d search results, want 1", file, len(res.File))
	}
	return res.File[0].(*types.VmDiskFileInfo)
}
