package simext

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// GuestTools emulates VMware Tools in every powered-on VM. vcsim only reports
// tools and guest networking for container-backed VMs, so the provider's default
// wait for a routable guest IP (wait_for_guest_net_timeout, 5 minutes) can never
// succeed against it. After a VM powers on, GuestTools reports tools running,
// one IPv4 address per NIC (the customized one if guest customization set it,
// else a DHCP-like address derived from the NIC's MAC) and a default route,
// which is what a booted guest reports. On power-off it reports tools stopped.
type GuestTools struct {
	self types.ManagedObjectReference
}

// InstallGuestTools registers GuestTools as a handler of the model's registry.
func InstallGuestTools(m *simulator.Registry) *GuestTools {
	g := &GuestTools{self: types.ManagedObjectReference{Type: "GuestToolsEmulator", Value: "guest-tools"}}
	m.AddHandler(g)
	return g
}

func (g *GuestTools) Reference() types.ManagedObjectReference { return g.self }

func (g *GuestTools) PutObject(*simulator.Context, mo.Reference)                    {}
func (g *GuestTools) RemoveObject(*simulator.Context, types.ManagedObjectReference) {}

func (g *GuestTools) UpdateObject(ctx *simulator.Context, obj mo.Reference, changes []types.PropertyChange) {
	if obj.Reference().Type != "VirtualMachine" {
		return
	}
	for _, c := range changes {
		if c.Name != "runtime.powerState" {
			continue
		}
		vm, ok := ctx.Map.Get(obj.Reference()).(*simulator.VirtualMachine)
		if !ok {
			return
		}
		state := c.Val.(types.VirtualMachinePowerState)
		// The power task holds the VM's lock until it has finished, including any
		// guest customization it applies; a fresh context waits for that lock, so
		// the report comes after the customized addresses are in place.
		go report(&simulator.Context{Context: context.Background(), Map: ctx.Map}, vm, state)
	}
}

func report(ctx *simulator.Context, vm *simulator.VirtualMachine, state types.VirtualMachinePowerState) {
	ctx.WithLock(vm, func() {
		if vm.Runtime.PowerState != state {
			return // superseded by a later power operation
		}
		if state != types.VirtualMachinePowerStatePoweredOn {
			ctx.Update(vm, []types.PropertyChange{
				{Name: "guest.toolsRunningStatus", Val: string(types.VirtualMachineToolsRunningStatusGuestToolsNotRunning)},
				{Name: "guest.toolsStatus", Val: types.VirtualMachineToolsStatusToolsNotRunning},
				{Name: "guest.ipStack", Val: []types.GuestStackInfo{}},
			})
			return
		}
		nics := append([]types.GuestNicInfo(nil), vm.Guest.Net...)
		primary, gateway := "", ""
		for i := range nics {
			nic := &nics[i]
			ip := ""
			if len(nic.IpAddress) > 0 {
				ip = nic.IpAddress[0]
			} else {
				ip = leaseFor(nic.MacAddress, i)
			}
			nic.IpAddress = []string{ip}
			nic.IpConfig = &types.NetIpConfigInfo{IpAddress: []types.NetIpConfigInfoIpAddress{{
				IpAddress: ip, PrefixLength: 24, State: string(types.NetIpConfigInfoIpAddressStatusPreferred),
			}}}
			if primary == "" {
				primary = ip
				if v4 := net.ParseIP(ip).To4(); v4 != nil {
					gateway = net.IPv4(v4[0], v4[1], v4[2], 1).String()
				}
			}
		}
		stack := []types.GuestStackInfo{}
		if primary != "" {
			stack = append(stack, types.GuestStackInfo{IpRouteConfig: &types.NetIpRouteConfigInfo{IpRoute: []types.NetIpRouteConfigInfoIpRoute{{
				Network: "0.0.0.0", PrefixLength: 0,
				Gateway: types.NetIpRouteConfigInfoGateway{IpAddress: gateway, Device: "0"},
			}}}})
		}
		// The route comes before the addresses: a client judging routability
		// (the provider does) reads the changes of one update in order.
		ctx.Update(vm, []types.PropertyChange{
			{Name: "guest.toolsRunningStatus", Val: string(types.VirtualMachineToolsRunningStatusGuestToolsRunning)},
			{Name: "guest.toolsStatus", Val: types.VirtualMachineToolsStatusToolsOk},
			{Name: "guest.ipStack", Val: stack},
			{Name: "guest.net", Val: nics},
			{Name: "guest.ipAddress", Val: primary},
			{Name: "summary.guest.ipAddress", Val: primary},
		})
	})
	go heartbeat(ctx, vm)
}

// heartbeat re-publishes the guest network a few times, as Tools refresh it
// periodically. A client that started waiting after the first report, and read
// the addresses before the route in its initial snapshot, sees them again now.
func heartbeat(ctx *simulator.Context, vm *simulator.VirtualMachine) {
	for _, d := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second} {
		time.Sleep(d)
		stop := false
		ctx.WithLock(vm, func() {
			if vm.Runtime.PowerState != types.VirtualMachinePowerStatePoweredOn || ctx.Map.Get(vm.Self) == nil {
				stop = true
				return
			}
			ctx.Update(vm, []types.PropertyChange{
				{Name: "guest.ipStack", Val: vm.Guest.IpStack},
				{Name: "guest.net", Val: vm.Guest.Net},
			})
		})
		if stop {
			return
		}
	}
}

// leaseFor derives a stable private address from a MAC, as a DHCP server with
// static leases would hand out: 10.(100+nic).<mac[4]>.<2..251>.
func leaseFor(mac string, nic int) string {
	hw, err := net.ParseMAC(mac)
	if err != nil || len(hw) < 6 {
		return fmt.Sprintf("10.%d.0.2", 100+nic)
	}
	return fmt.Sprintf("10.%d.%d.%d", 100+nic%100, hw[4], 2+int(hw[5])%250)
}
