package simext

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/vim25"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// Tests of govmomi-ext/simulator/dvs_vmware.go and govmomi-v0.56.0.patch,
// through the SOAP API as the provider uses it.

// vpx runs f against a default VPX model: one DC with switch DVS0 and port group DC0_DVPG0.
func vpx(t *testing.T, f func(ctx context.Context, c *vim25.Client, dvs types.ManagedObjectReference)) {
	t.Helper()
	m := newVPX(t, nil)
	ref := m.Map().Any("VmwareDistributedVirtualSwitch").Reference()
	f(context.Background(), connect(t, context.Background(), m).Client, ref)
}

func TestVmwareTypedSwitchIsFoundByPathAndType(t *testing.T) {
	vpx(t, func(ctx context.Context, c *vim25.Client, ref types.ManagedObjectReference) {
		if ref.Type != "VmwareDistributedVirtualSwitch" {
			t.Fatalf("type %s", ref.Type)
		}
		net, err := find.NewFinder(c).Network(ctx, "/DC0/network/DVS0")
		if err != nil {
			t.Fatal(err)
		}
		if net.Reference() != ref {
			t.Fatalf("finder returned %s, want %s", net.Reference(), ref)
		}
		var dvs mo.VmwareDistributedVirtualSwitch
		if err := object.NewCommon(c, ref).Properties(ctx, ref, []string{"config", "portgroup"}, &dvs); err != nil {
			t.Fatal(err)
		}
		if _, ok := dvs.Config.(*types.VMwareDVSConfigInfo); !ok {
			t.Fatalf("config is %T", dvs.Config)
		}
		var pg mo.DistributedVirtualPortgroup
		if err := object.NewCommon(c, dvs.Portgroup[0]).Properties(ctx, dvs.Portgroup[0], []string{"config"}, &pg); err != nil {
			t.Fatal(err)
		}
		if *pg.Config.DistributedVirtualSwitch != ref {
			t.Fatalf("port group points at %s", pg.Config.DistributedVirtualSwitch)
		}
	})
}

func TestQueryDvsByUuid(t *testing.T) {
	vpx(t, func(ctx context.Context, c *vim25.Client, ref types.ManagedObjectReference) {
		var dvs mo.VmwareDistributedVirtualSwitch
		if err := object.NewCommon(c, ref).Properties(ctx, ref, []string{"uuid"}, &dvs); err != nil {
			t.Fatal(err)
		}
		mgr := *c.ServiceContent.DvSwitchManager
		res, err := methods.QueryDvsByUuid(ctx, c, &types.QueryDvsByUuid{This: mgr, Uuid: dvs.Uuid})
		if err != nil {
			t.Fatal(err)
		}
		if *res.Returnval != ref {
			t.Fatalf("got %s, want %s", res.Returnval, ref)
		}
		if _, err := methods.QueryDvsByUuid(ctx, c, &types.QueryDvsByUuid{This: mgr, Uuid: "no-such-uuid"}); err == nil {
			t.Fatal("unknown uuid: want NotFound")
		}
	})
}

func TestCreateDVPortgroupReturnsThePortgroup(t *testing.T) {
	vpx(t, func(ctx context.Context, c *vim25.Client, ref types.ManagedObjectReference) {
		dvs := object.NewCommon(c, ref)
		spec := types.DVPortgroupConfigSpec{
			Name: "app-vlan1001", Type: string(types.DistributedVirtualPortgroupPortgroupTypeEarlyBinding),
			DefaultPortConfig: &types.VMwareDVSPortSetting{Vlan: &types.VmwareDistributedVirtualSwitchVlanIdSpec{VlanId: 1001}},
		}
		res, err := methods.CreateDVPortgroup_Task(ctx, c, &types.CreateDVPortgroup_Task{This: ref, Spec: spec})
		if err != nil {
			t.Fatal(err)
		}
		info, err := object.NewTask(c, res.Returnval).WaitForResult(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		pgRef := info.Result.(types.ManagedObjectReference)
		var pg mo.DistributedVirtualPortgroup
		if err := dvs.Properties(ctx, pgRef, []string{"name", "config"}, &pg); err != nil {
			t.Fatal(err)
		}
		vlan := pg.Config.DefaultPortConfig.(*types.VMwareDVSPortSetting).Vlan.(*types.VmwareDistributedVirtualSwitchVlanIdSpec)
		if pg.Name != spec.Name || vlan.VlanId != 1001 {
			t.Fatalf("got %s vlan %d", pg.Name, vlan.VlanId)
		}
		// The key resolves back through the manager, as the provider's read does.
		look, err := methods.DVSManagerLookupDvPortGroup(ctx, c, &types.DVSManagerLookupDvPortGroup{
			This: *c.ServiceContent.DvSwitchManager, SwitchUuid: dvsUUID(ctx, t, c, ref), PortgroupKey: pg.Config.Key,
		})
		if err != nil || *look.Returnval != pgRef {
			t.Fatalf("lookup: %v %v", look, err)
		}
		// A duplicate name fails the task instead of hanging it.
		res, err = methods.CreateDVPortgroup_Task(ctx, c, &types.CreateDVPortgroup_Task{This: ref, Spec: spec})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := object.NewTask(c, res.Returnval).WaitForResult(ctx, nil); err == nil {
			t.Fatal("duplicate port group: want an error")
		}
	})
}

func dvsUUID(ctx context.Context, t *testing.T, c *vim25.Client, ref types.ManagedObjectReference) string {
	var dvs mo.VmwareDistributedVirtualSwitch
	if err := object.NewCommon(c, ref).Properties(ctx, ref, []string{"uuid"}, &dvs); err != nil {
		t.Fatal(err)
	}
	return dvs.Uuid
}

func TestPortgroupInheritsTheSwitchUplinkOrder(t *testing.T) {
	vpx(t, func(ctx context.Context, c *vim25.Client, _ types.ManagedObjectReference) {
		folders, err := find.NewFinder(c).Folder(ctx, "/DC0/network")
		if err != nil {
			t.Fatal(err)
		}
		spec := types.DVSCreateSpec{ConfigSpec: &types.VMwareDVSConfigSpec{DVSConfigSpec: types.DVSConfigSpec{
			Name: "dvs-uplinks", UplinkPortPolicy: &types.DVSNameArrayUplinkPortPolicy{UplinkPortName: []string{"u1", "u2"}},
		}}}
		task, err := folders.CreateDVS(ctx, spec)
		if err != nil {
			t.Fatal(err)
		}
		info, err := task.WaitForResult(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		ref := info.Result.(types.ManagedObjectReference)
		pgSpec := types.DVPortgroupConfigSpec{Name: "pg", DefaultPortConfig: &types.VMwareDVSPortSetting{}}
		res, err := methods.CreateDVPortgroup_Task(ctx, c, &types.CreateDVPortgroup_Task{This: ref, Spec: pgSpec})
		if err != nil {
			t.Fatal(err)
		}
		info, err = object.NewTask(c, res.Returnval).WaitForResult(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		var pg mo.DistributedVirtualPortgroup
		pgRef := info.Result.(types.ManagedObjectReference)
		if err := object.NewCommon(c, pgRef).Properties(ctx, pgRef, []string{"config"}, &pg); err != nil {
			t.Fatal(err)
		}
		order := pg.Config.DefaultPortConfig.(*types.VMwareDVSPortSetting).UplinkTeamingPolicy.UplinkPortOrder
		if order == nil || len(order.ActiveUplinkPort) != 2 || order.ActiveUplinkPort[0] != "u1" {
			t.Fatalf("uplink order %+v", order)
		}
	})
}

// Terraform creates port groups in parallel.
func TestCreateDVPortgroupInParallel(t *testing.T) {
	vpx(t, func(ctx context.Context, c *vim25.Client, ref types.ManagedObjectReference) {
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		errs := make(chan error, 6)
		for i := 0; i < 6; i++ {
			go func(i int) {
				spec := types.DVPortgroupConfigSpec{Name: fmt.Sprintf("pg-%d", i), DefaultPortConfig: &types.VMwareDVSPortSetting{}}
				res, err := methods.CreateDVPortgroup_Task(ctx, c, &types.CreateDVPortgroup_Task{This: ref, Spec: spec})
				if err == nil {
					_, err = object.NewTask(c, res.Returnval).WaitForResult(ctx, nil)
				}
				errs <- err
			}(i)
		}
		for i := 0; i < 6; i++ {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
	})
}
