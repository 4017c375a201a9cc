package simext

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/property"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// A VM powered on reports tools running, an address per NIC and a default
// route, so that a wait for a routable guest IP (as the provider does) ends;
// a power-off reports tools stopped.
func TestGuestToolsReportRoutableAddress(t *testing.T) {
	m := newVPX(t, func(m *simulator.Model) { m.Autostart = false })
	InstallGuestTools(m.Map())
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c := connect(t, ctx, m)
	vm, err := find.NewFinder(c.Client).VirtualMachine(ctx, "/DC0/vm/DC0_H0_VM0")
	if err != nil {
		t.Fatal(err)
	}
	task, err := vm.PowerOn(ctx)
	if err != nil || task.Wait(ctx) != nil {
		t.Fatalf("power on: %v", err)
	}
	// Start waiting only after the first report, the case where the initial
	// snapshot lists the addresses before the route.
	time.Sleep(200 * time.Millisecond)
	ip := waitRoutable(ctx, t, c.Client, vm)
	var props mo.VirtualMachine
	if err := vm.Properties(ctx, vm.Reference(), []string{"guest"}, &props); err != nil {
		t.Fatal(err)
	}
	g := props.Guest
	if g.ToolsRunningStatus != string(types.VirtualMachineToolsRunningStatusGuestToolsRunning) || g.IpAddress != ip {
		t.Fatalf("tools %s ip %s (waited for %s)", g.ToolsRunningStatus, g.IpAddress, ip)
	}
	if len(g.IpStack) == 0 || g.IpStack[0].IpRouteConfig.IpRoute[0].Network != "0.0.0.0" {
		t.Fatalf("no default route: %+v", g.IpStack)
	}

	task, err = vm.PowerOff(ctx)
	if err != nil || task.Wait(ctx) != nil {
		t.Fatalf("power off: %v", err)
	}
	pc := object.NewCommon(c.Client, vm.Reference())
	for i := 0; ; i++ {
		if err := pc.Properties(ctx, vm.Reference(), []string{"guest.toolsRunningStatus"}, &props); err != nil {
			t.Fatal(err)
		}
		if props.Guest.ToolsRunningStatus == string(types.VirtualMachineToolsRunningStatusGuestToolsNotRunning) {
			break
		}
		if i == 50 {
			t.Fatalf("tools still %s after power-off", props.Guest.ToolsRunningStatus)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitRoutable is the provider's WaitForGuestNet (2.15.0) condition: an address
// in the same subnet as the default gateway, from property.Wait updates.
func waitRoutable(ctx context.Context, t *testing.T, c *vim25.Client, vm *object.VirtualMachine) string {
	var gw net.IP
	found := ""
	err := property.Wait(ctx, property.DefaultCollector(c), vm.Reference(), []string{"guest.net", "guest.ipStack"}, func(pc []types.PropertyChange) bool {
		for _, ch := range pc {
			switch v := ch.Val.(type) {
			case types.ArrayOfGuestStackInfo:
				for _, s := range v.GuestStackInfo {
					if s.IpRouteConfig != nil {
						for _, r := range s.IpRouteConfig.IpRoute {
							if r.Network == "0.0.0.0" {
								gw = net.ParseIP(r.Gateway.IpAddress)
							}
						}
					}
				}
			case types.ArrayOfGuestNicInfo:
				for _, n := range v.GuestNicInfo {
					if n.IpConfig == nil {
						continue
					}
					for _, a := range n.IpConfig.IpAddress {
						ip := net.ParseIP(a.IpAddress)
						mask := net.CIDRMask(int(a.PrefixLength), 32)
						if gw != nil && ip.Mask(mask).Equal(gw.Mask(mask)) {
							found = a.IpAddress
							return true
						}
					}
				}
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("no routable guest IP: %v", err)
	}
	return found
}
