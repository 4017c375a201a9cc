package simext

import (
	"context"
	"testing"

	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// vcsim used to drop spec.swapPlacement; the provider sets "inherit" and
// re-plans forever if it reads back "" (govmomi-v0.56.0.patch).
func TestReconfigureKeepsSwapPlacement(t *testing.T) {
	ctx := context.Background()
	c := connect(t, ctx, newVPX(t, nil))
	vm, err := find.NewFinder(c.Client).VirtualMachine(ctx, "/DC0/vm/DC0_H0_VM0")
	if err != nil {
		t.Fatal(err)
	}
	task, err := vm.Reconfigure(ctx, types.VirtualMachineConfigSpec{SwapPlacement: "inherit"})
	if err != nil || task.Wait(ctx) != nil {
		t.Fatalf("reconfigure: %v", err)
	}
	var props mo.VirtualMachine
	if err := vm.Properties(ctx, vm.Reference(), []string{"config.swapPlacement"}, &props); err != nil {
		t.Fatal(err)
	}
	if props.Config.SwapPlacement != "inherit" {
		t.Fatalf("swapPlacement %q", props.Config.SwapPlacement)
	}
}

// The provider reads a cluster's environment browser (all properties) to find
// a guest's OS family before customizing a clone; vcsim's browsers had no
// property set, so the read came back empty (ManagedObjectNotFound).
func TestClusterEnvironmentBrowserIsReadable(t *testing.T) {
	ctx := context.Background()
	c := connect(t, ctx, newVPX(t, nil))
	cluster, err := find.NewFinder(c.Client).ClusterComputeResource(ctx, "/DC0/host/DC0_C0")
	if err != nil {
		t.Fatal(err)
	}
	var cr mo.ClusterComputeResource
	if err := cluster.Properties(ctx, cluster.Reference(), []string{"environmentBrowser"}, &cr); err != nil {
		t.Fatal(err)
	}
	var eb mo.EnvironmentBrowser
	if err := cluster.Properties(ctx, *cr.EnvironmentBrowser, nil, &eb); err != nil {
		t.Fatalf("reading the environment browser: %v", err)
	}
}

// The provider omits a zero reservation; vCenter defaults unset fields, vcsim
// rejected the spec with InvalidArgument.
func TestCreateResourcePoolDefaultsUnsetFields(t *testing.T) {
	ctx := context.Background()
	c := connect(t, ctx, newVPX(t, nil))
	parent, err := find.NewFinder(c.Client).ResourcePool(ctx, "/DC0/host/DC0_C0/Resources")
	if err != nil {
		t.Fatal(err)
	}
	limit := int64(65536)
	spec := types.ResourceConfigSpec{
		CpuAllocation:    types.ResourceAllocationInfo{Limit: types.NewInt64(-1)},
		MemoryAllocation: types.ResourceAllocationInfo{Limit: &limit},
	}
	pool, err := parent.Create(ctx, "quota", spec)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	var p mo.ResourcePool
	if err := pool.Properties(ctx, pool.Reference(), []string{"config"}, &p); err != nil {
		t.Fatal(err)
	}
	mem := p.Config.MemoryAllocation
	if *mem.Limit != limit || *mem.Reservation != 0 || *mem.ExpandableReservation || mem.Shares.Level != types.SharesLevelNormal {
		t.Fatalf("memory allocation %+v", mem)
	}
}

// vCenter resolves a moref by value, so a cluster read as ComputeResource works;
// the provider does that to find a guest's OS family before customizing a clone.
func TestClusterReadAsComputeResource(t *testing.T) {
	ctx := context.Background()
	c := connect(t, ctx, newVPX(t, nil))
	cluster, err := find.NewFinder(c.Client).ClusterComputeResource(ctx, "/DC0/host/DC0_C0")
	if err != nil {
		t.Fatal(err)
	}
	ref := types.ManagedObjectReference{Type: "ComputeResource", Value: cluster.Reference().Value}
	var cr mo.ComputeResource
	if err := cluster.Properties(ctx, ref, []string{"environmentBrowser"}, &cr); err != nil || cr.EnvironmentBrowser == nil {
		t.Fatalf("cluster as ComputeResource: %v %+v", err, cr.EnvironmentBrowser)
	}
	// A type the object is not stays unknown.
	bad := types.ManagedObjectReference{Type: "VirtualApp", Value: cluster.Reference().Value}
	var vapp mo.VirtualApp
	if err := cluster.Properties(ctx, bad, []string{"name"}, &vapp); err == nil {
		t.Fatal("cluster read as VirtualApp: want an error")
	}
}
