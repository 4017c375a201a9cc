// Added to govmomi v0.56.0's simulator package by test/e2e/vsphere/setup.sh
// (with govmomi-v0.56.0.patch): what terraform-provider-vsphere 2.15.0 calls on
// distributed switches and vcsim lacks. Written to go upstream as is.

package simulator

import (
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
)

// allSwitches returns every distributed switch, whichever managed object type
// it was registered under.
func allSwitches(ctx *Context) []*DistributedVirtualSwitch {
	var out []*DistributedVirtualSwitch
	for _, kind := range []string{"DistributedVirtualSwitch", "VmwareDistributedVirtualSwitch"} {
		for _, e := range ctx.Map.All(kind) {
			out = append(out, e.(*DistributedVirtualSwitch))
		}
	}
	return out
}

// QueryDvsByUuid finds a switch by UUID; the provider resolves every switch and
// port group through it.
func (m *DistributedVirtualSwitchManager) QueryDvsByUuid(ctx *Context, req *types.QueryDvsByUuid) soap.HasFault {
	body := &methods.QueryDvsByUuidBody{}
	for _, dvs := range allSwitches(ctx) {
		if dvs.Uuid == req.Uuid {
			ref := dvs.Self
			body.Res = &types.QueryDvsByUuidResponse{Returnval: &ref}
			return body
		}
	}
	body.Fault_ = Fault("", &types.NotFound{})
	return body
}

// CreateDVPortgroupTask adds one port group and, unlike AddDVPortgroup_Task,
// returns its reference as the task result (the provider reads it from there).
func (s *DistributedVirtualSwitch) CreateDVPortgroupTask(ctx *Context, req *types.CreateDVPortgroup_Task) soap.HasFault {
	task := CreateTask(s, "createDVPortgroup", func(*Task) (types.AnyType, types.BaseMethodFault) {
		s.inheritPortDefaults(&req.Spec)
		res := s.AddDVPortgroupTask(ctx, &types.AddDVPortgroup_Task{This: req.This, Spec: []types.DVPortgroupConfigSpec{req.Spec}})
		add := ctx.Map.Get(res.(*methods.AddDVPortgroup_TaskBody).Res.Returnval).(*Task)
		add.Wait()
		if add.Info.Error != nil {
			return nil, add.Info.Error.Fault
		}
		for _, ref := range s.Portgroup {
			if pg, ok := ctx.Map.Get(ref).(*DistributedVirtualPortgroup); ok && pg.Name == req.Spec.Name {
				return ref, nil
			}
		}
		return nil, &types.NotFound{}
	})
	return &methods.CreateDVPortgroup_TaskBody{Res: &types.CreateDVPortgroup_TaskResponse{Returnval: task.Run(ctx)}}
}

// inheritPortDefaults fills the policies a port group spec leaves unset from
// the switch, as vCenter does: the uplink order (the switch's default, or all
// its uplinks active) and the security policy (the switch's default, or the
// VDS default of rejecting promiscuous mode, MAC changes and forged transmits).
// The provider leaves out policies whose value is false.
func (s *DistributedVirtualSwitch) inheritPortDefaults(spec *types.DVPortgroupConfigSpec) {
	pg, ok := spec.DefaultPortConfig.(*types.VMwareDVSPortSetting)
	if !ok {
		return
	}
	cfg := s.Config.GetDVSConfigInfo()
	sw, _ := cfg.DefaultPortConfig.(*types.VMwareDVSPortSetting)

	var order *types.VMwareUplinkPortOrderPolicy
	if sw != nil && sw.UplinkTeamingPolicy != nil && sw.UplinkTeamingPolicy.UplinkPortOrder != nil {
		order = sw.UplinkTeamingPolicy.UplinkPortOrder
	} else if names, ok := cfg.UplinkPortPolicy.(*types.DVSNameArrayUplinkPortPolicy); ok {
		order = &types.VMwareUplinkPortOrderPolicy{ActiveUplinkPort: names.UplinkPortName}
	}
	if order != nil {
		if pg.UplinkTeamingPolicy == nil {
			pg.UplinkTeamingPolicy = &types.VmwareUplinkPortTeamingPolicy{}
		}
		if p := pg.UplinkTeamingPolicy.UplinkPortOrder; p == nil || len(p.ActiveUplinkPort)+len(p.StandbyUplinkPort) == 0 {
			copied := *order
			pg.UplinkTeamingPolicy.UplinkPortOrder = &copied
		}
	}

	reject := func() *types.BoolPolicy {
		return &types.BoolPolicy{InheritablePolicy: types.InheritablePolicy{Inherited: true}, Value: types.NewBool(false)}
	}
	def := &types.DVSSecurityPolicy{AllowPromiscuous: reject(), MacChanges: reject(), ForgedTransmits: reject()}
	if sw != nil && sw.SecurityPolicy != nil {
		def = sw.SecurityPolicy
	}
	if pg.SecurityPolicy == nil {
		pg.SecurityPolicy = &types.DVSSecurityPolicy{}
	}
	if pg.SecurityPolicy.AllowPromiscuous == nil {
		pg.SecurityPolicy.AllowPromiscuous = def.AllowPromiscuous
	}
	if pg.SecurityPolicy.MacChanges == nil {
		pg.SecurityPolicy.MacChanges = def.MacChanges
	}
	if pg.SecurityPolicy.ForgedTransmits == nil {
		pg.SecurityPolicy.ForgedTransmits = def.ForgedTransmits
	}
}
