package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/units"
	"github.com/vmware/govmomi/vim25"
	"github.com/vmware/govmomi/vim25/types"
)

// Inventory is the simulated site: what an operator would have set up before
// Terraform runs (datacenters, clusters, datastores, switches, templates, folders),
// and the cdktf context that points the examples at it (start.sh puts it into
// env.json; keys as in examples/README.md).
type Inventory struct {
	Datacenters []Datacenter   `json:"datacenters"`
	Context     map[string]any `json:"context,omitempty"`
}

type Datacenter struct {
	Name     string   `json:"name"`
	Clusters []string `json:"clusters"`
	// Datastores maps a datastore to the clusters whose hosts mount it.
	Datastores map[string][]string `json:"datastores"`
	Switches   []string            `json:"switches"`
	// Templates are created in the first cluster, on a datastore all clusters mount
	// (one named "templates" is added when none of the above does).
	Templates []string `json:"templates"`
	// Folders are VM folder paths (relative to the datacenter's vm folder).
	Folders []string `json:"folders"`
}

// defaultInventory is shaped like the sites of the vSphere examples
// (examples/vsphere-basic, pool-matrix, finance-cicd-vm-vsphere,
// telecom-ha-vsphere, government-cloud-vsphere) but named in vcsim's style,
// never with the examples' defaults: a name that does not reach an example
// through the context fails the run instead of passing by coincidence.
func defaultInventory() Inventory {
	return Inventory{
		Datacenters: []Datacenter{
			{ // the examples' dc1
				Name:       "DC0",
				Clusters:   []string{"DC0_C0", "DC0_C1", "DC0_C2"},
				Datastores: map[string][]string{"LocalDS_0": {"DC0_C0"}, "LocalDS_1": {"DC0_C1", "DC0_C2"}},
				Switches:   []string{"DVS0", "DVS1"},
				Templates:  []string{"tpl-ubuntu", "tpl-sbc", "tpl-ims-app", "tpl-ims-db"},
				Folders:    []string{"Workloads/web"},
			},
			{ // zj-dc1
				Name:       "DC1",
				Clusters:   []string{"DC1_C0", "DC1_C1"},
				Datastores: map[string][]string{"LocalDS_2": {"DC1_C0", "DC1_C1"}},
				Switches:   []string{"DVS2"},
				Templates:  []string{"tpl-rhel"},
				Folders:    []string{"Trading"},
			},
			{ // jiaxing-dc1
				Name:       "DC2",
				Clusters:   []string{"DC2_C0", "DC2_C1", "DC2_C2", "DC2_C3", "DC2_C4"},
				Datastores: map[string][]string{"LocalDS_3": {"DC2_C0", "DC2_C1", "DC2_C2", "DC2_C3", "DC2_C4"}},
				Switches:   []string{"DVS3"},
				Templates:  []string{"tpl-kylin"},
				Folders:    []string{"Gov"},
			},
		},
		Context: map[string]any{
			"vsphereBasic.datacenter": "DC0",
			"vsphereBasic.cluster":    "DC0_C0",
			"vsphereBasic.datastore":  "LocalDS_0",
			"vsphereBasic.switch":     "DVS0",
			"vsphereBasic.template":   "tpl-ubuntu",

			"poolMatrixVsphere.datacenter": "DC0",
			"poolMatrixVsphere.clusters":   []string{"DC0_C1", "DC0_C2"},
			"poolMatrixVsphere.datastores": []string{"LocalDS_1"},
			"poolMatrixVsphere.switch":     "DVS0",
			"poolMatrixVsphere.folder":     "Workloads/web",
			"poolMatrixVsphere.template":   "tpl-ubuntu",

			"telecomHaVsphere.datacenter":  "DC0",
			"telecomHaVsphere.clusters":    []string{"DC0_C1", "DC0_C2"},
			"telecomHaVsphere.datastores":  []string{"LocalDS_1"},
			"telecomHaVsphere.switch":      "DVS1",
			"telecomHaVsphere.sbcTemplate": "tpl-sbc",
			"telecomHaVsphere.appTemplate": "tpl-ims-app",
			"telecomHaVsphere.dbTemplate":  "tpl-ims-db",

			"financeCicdVmVsphere.datacenter":     "DC1",
			"financeCicdVmVsphere.x86Cluster":     "DC1_C0",
			"financeCicdVmVsphere.highmemCluster": "DC1_C1",
			"financeCicdVmVsphere.datastores":     []string{"LocalDS_2"},
			"financeCicdVmVsphere.switch":         "DVS2",
			"financeCicdVmVsphere.folder":         "Trading",
			"financeCicdVmVsphere.template":       "tpl-rhel",

			"governmentCloudVsphere.datacenter":            "DC2",
			"governmentCloudVsphere.cloudResourceClusters": []string{"DC2_C0", "DC2_C1"},
			"governmentCloudVsphere.dmzClusters":           []string{"DC2_C2"},
			"governmentCloudVsphere.managementClusters":    []string{"DC2_C3"},
			"governmentCloudVsphere.testClusters":          []string{"DC2_C4"},
			"governmentCloudVsphere.datastores":            []string{"LocalDS_3"},
			"governmentCloudVsphere.switch":                "DVS3",
			"governmentCloudVsphere.folder":                "Gov",
			"governmentCloudVsphere.template":              "tpl-kylin",
		},
	}
}

func loadInventory(path string) (Inventory, error) {
	if path == "" {
		return defaultInventory(), nil
	}
	var inv Inventory
	b, err := os.ReadFile(path)
	if err != nil {
		return inv, err
	}
	return inv, json.Unmarshal(b, &inv)
}

// builder creates the inventory through the public vSphere API, as an operator
// would, so the simulator's own bookkeeping (host mounts, DVS membership, events)
// stays consistent.
type builder struct {
	ctx          context.Context
	c            *vim25.Client
	hostsPerCl   int
	datastoreDir string
}

func (b *builder) wait(t *object.Task, err error) (types.AnyType, error) {
	if err != nil {
		return nil, err
	}
	info, err := t.WaitForResult(b.ctx, nil)
	if err != nil {
		return nil, err
	}
	return info.Result, nil
}

func (b *builder) build(inv Inventory) error {
	root := object.NewRootFolder(b.c)
	for _, d := range inv.Datacenters {
		if err := b.datacenter(root, d); err != nil {
			return fmt.Errorf("datacenter %s: %w", d.Name, err)
		}
	}
	return nil
}

func (b *builder) datacenter(root *object.Folder, d Datacenter) error {
	dc, err := root.CreateDatacenter(b.ctx, d.Name)
	if err != nil {
		return err
	}
	folders, err := dc.Folders(b.ctx)
	if err != nil {
		return err
	}

	var dvss []*object.DistributedVirtualSwitch
	for _, name := range d.Switches {
		// An uplink policy is what every real VDS has; the provider's DVS data
		// source dereferences it unconditionally.
		spec := types.DVSCreateSpec{ConfigSpec: &types.VMwareDVSConfigSpec{DVSConfigSpec: types.DVSConfigSpec{
			Name:             name,
			UplinkPortPolicy: &types.DVSNameArrayUplinkPortPolicy{UplinkPortName: []string{"uplink1", "uplink2"}},
		}}}
		res, err := b.wait(folders.NetworkFolder.CreateDVS(b.ctx, spec))
		if err != nil {
			return fmt.Errorf("switch %s: %w", name, err)
		}
		dvss = append(dvss, object.NewDistributedVirtualSwitch(b.c, res.(types.ManagedObjectReference)))
	}

	hosts := map[string][]*object.HostSystem{}
	pools := map[string]*object.ResourcePool{}
	for _, cname := range d.Clusters {
		cl, err := folders.HostFolder.CreateCluster(b.ctx, cname, types.ClusterConfigSpecEx{
			DrsConfig: &types.ClusterDrsConfigInfo{Enabled: types.NewBool(true), DefaultVmBehavior: types.DrsBehaviorFullyAutomated},
		})
		if err != nil {
			return fmt.Errorf("cluster %s: %w", cname, err)
		}
		for i := 1; i <= b.hostsPerCl; i++ {
			spec := types.HostConnectSpec{HostName: strings.ToLower(strings.ReplaceAll(fmt.Sprintf("esx-%s-%02d.%s", cname, i, d.Name), "_", "-"))}
			res, err := b.wait(cl.AddHost(b.ctx, spec, true, nil, nil))
			if err != nil {
				return fmt.Errorf("host in %s: %w", cname, err)
			}
			h := object.NewHostSystem(b.c, res.(types.ManagedObjectReference))
			hosts[cname] = append(hosts[cname], h)
			for _, dvs := range dvss {
				add := &types.DVSConfigSpec{Host: []types.DistributedVirtualSwitchHostMemberConfigSpec{{
					Operation: string(types.ConfigSpecOperationAdd), Host: h.Reference(),
				}}}
				if _, err := b.wait(dvs.Reconfigure(b.ctx, add)); err != nil {
					return err
				}
			}
		}
		if pools[cname], err = cl.ResourcePool(b.ctx); err != nil {
			return err
		}
	}

	for _, ds := range sortedKeys(d.Datastores) {
		if err := b.datastore(d.Name, ds, d.Datastores[ds], hosts); err != nil {
			return err
		}
	}
	// Templates need a datastore every host can read: vcsim places a clone's
	// files on its template's datastore, whichever cluster the clone runs in.
	templateDS := ""
	for _, ds := range sortedKeys(d.Datastores) {
		if len(d.Datastores[ds]) == len(d.Clusters) {
			templateDS = ds
			break
		}
	}
	if templateDS == "" && len(d.Templates) > 0 {
		templateDS = "templates"
		if err := b.datastore(d.Name, templateDS, d.Clusters, hosts); err != nil {
			return err
		}
	}

	for _, path := range d.Folders {
		f := folders.VmFolder
		for _, part := range strings.Split(path, "/") {
			if f, err = f.CreateFolder(b.ctx, part); err != nil {
				return fmt.Errorf("folder %s: %w", path, err)
			}
		}
	}

	for _, name := range d.Templates {
		if err := b.template(folders, pools[d.Clusters[0]], hosts[d.Clusters[0]][0], templateDS, name); err != nil {
			return fmt.Errorf("template %s: %w", name, err)
		}
	}
	return nil
}

// datastore creates a local datastore shared by the hosts of the given clusters.
func (b *builder) datastore(dc, name string, clusters []string, hosts map[string][]*object.HostSystem) error {
	dir := filepath.Join(b.datastoreDir, dc, name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	for _, cname := range clusters {
		if hosts[cname] == nil {
			return fmt.Errorf("datastore %s: unknown cluster %s", name, cname)
		}
		for _, h := range hosts[cname] {
			dss, err := h.ConfigManager().DatastoreSystem(b.ctx)
			if err != nil {
				return err
			}
			if _, err := dss.CreateLocalDatastore(b.ctx, name, dir); err != nil {
				return fmt.Errorf("datastore %s on %s: %w", name, h.Name(), err)
			}
		}
	}
	return nil
}

// template creates a powered-off VM shaped like a cloud image (EFI, pvscsi,
// one thin 20 GiB disk, one vmxnet3 NIC with VMware Tools) and marks it a template.
func (b *builder) template(folders *object.DatacenterFolders, pool *object.ResourcePool, host *object.HostSystem, ds, name string) error {
	var devices object.VirtualDeviceList
	scsi, err := devices.CreateSCSIController("pvscsi")
	if err != nil {
		return err
	}
	devices = append(devices, scsi)
	disk := devices.CreateDisk(scsi.(types.BaseVirtualController), types.ManagedObjectReference{}, fmt.Sprintf("[%s] %s/disk0.vmdk", ds, name))
	disk.CapacityInKB = int64(20*units.GB) / units.KB
	disk.Backing.(*types.VirtualDiskFlatVer2BackingInfo).ThinProvisioned = types.NewBool(true)
	devices = append(devices, disk)
	netRef, err := findNetwork(b.ctx, b.c, folders, "VM Network")
	if err != nil {
		return err
	}
	backing, err := netRef.EthernetCardBackingInfo(b.ctx)
	if err != nil {
		return err
	}
	nic, err := devices.CreateEthernetCard("vmxnet3", backing)
	if err != nil {
		return err
	}
	devices = append(devices, nic)
	changes, err := devices.ConfigSpec(types.VirtualDeviceConfigSpecOperationAdd)
	if err != nil {
		return err
	}
	spec := types.VirtualMachineConfigSpec{
		Name:         name,
		GuestId:      string(types.VirtualMachineGuestOsIdentifierUbuntu64Guest),
		Firmware:     string(types.GuestOsDescriptorFirmwareTypeEfi),
		NumCPUs:      2,
		MemoryMB:     2048,
		Files:        &types.VirtualMachineFileInfo{VmPathName: fmt.Sprintf("[%s]", ds)},
		DeviceChange: changes,
	}
	res, err := b.wait(folders.VmFolder.CreateVM(b.ctx, spec, pool, host))
	if err != nil {
		return err
	}
	// CreateVM leaves the VM powered off; MarkAsTemplate requires that.
	return object.NewVirtualMachine(b.c, res.(types.ManagedObjectReference)).MarkAsTemplate(b.ctx)
}

func findNetwork(ctx context.Context, c *vim25.Client, folders *object.DatacenterFolders, name string) (object.NetworkReference, error) {
	children, err := folders.NetworkFolder.Children(ctx)
	if err != nil {
		return nil, err
	}
	for _, child := range children {
		if n, ok := child.(*object.Network); ok {
			if got, _ := n.ObjectName(ctx); got == name {
				return n, nil
			}
		}
	}
	return nil, fmt.Errorf("network %q not found", name)
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
