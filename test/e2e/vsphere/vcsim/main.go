// Command vcsim serves govmomi's vCenter simulator on 127.0.0.1 with an
// inventory shaped like the oscar-blueprints vSphere examples' sites (named
// differently: the examples are given the names as cdktf context), plus the simulator
// extensions (package simext) that terraform-provider-vsphere 2.15.0 needs.
//
// It prints "READY <url>" on stdout and writes the URL to -url-file once the
// inventory is built, then serves until SIGINT/SIGTERM.
package main

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/vmware/govmomi"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"

	"github.com/oscar-blueprints/oscar-blueprints/test/e2e/vsphere/vcsim/simext"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on (port 0: a free port)")
	// A bare name: the SSO simulator files the user under the vsphere.local domain
	// and then accepts both "terraform" and "terraform@vsphere.local".
	user := flag.String("user", "terraform", "login user, without a domain")
	password := flag.String("password", "", "login password (required)")
	invFile := flag.String("inventory", "", "inventory JSON file (default: defaultInventory in inventory.go)")
	hosts := flag.Int("hosts-per-cluster", 3, "ESXi hosts per cluster")
	dsDir := flag.String("datastore-dir", "", "directory that backs the datastores (required)")
	urlFile := flag.String("url-file", "", "write the SDK URL (without credentials) here when ready")
	invOut := flag.String("inventory-out", "", "write the effective inventory JSON here")
	trace := flag.Bool("trace", false, "log all SOAP traffic to stderr")
	// vcsim says 6.5; provider 2.15.0 targets vSphere 7/8 and reads some fields
	// (e.g. a pool's scale_descendants_shares) differently below 7.0.
	version := flag.String("version", "8.0.3", "vCenter version to report")
	flag.Parse()
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)

	if *password == "" || *dsDir == "" {
		log.Fatal("-password and -datastore-dir are required")
	}
	inv, err := loadInventory(*invFile)
	if err != nil {
		log.Fatalf("inventory: %v", err)
	}
	simulator.Trace = *trace

	start := time.Now()
	// An empty VPX model: only the service instance; the inventory is built below.
	model := simulator.VPX()
	model.ServiceContent.About.Version = *version
	model.ServiceContent.About.ApiVersion = *version + ".0"
	model.Datacenter, model.Cluster, model.ClusterHost, model.Host = 0, 0, 0, 0
	model.Datastore, model.Machine, model.Portgroup, model.Pool = 0, 0, 0, 0
	if err := model.Create(); err != nil {
		log.Fatalf("model: %v", err)
	}
	defer model.Remove()

	svc := model.Service
	svc.TLS = new(tls.Config)
	svc.RegisterEndpoints = true
	svc.Listen = &url.URL{Host: *listen, User: url.UserPassword(*user, *password)}
	ctx := svc.Context

	simext.InstallGuestTools(ctx.Map)
	ctx.Map.AddHandler(&taskLogger{self: types.ManagedObjectReference{Type: "TaskLogger", Value: "task-logger"}})

	server := svc.NewServer()
	defer server.Close()

	u := *server.URL
	c, err := govmomi.NewClient(context.Background(), &u, true)
	if err != nil {
		log.Fatalf("login: %v", err)
	}
	b := &builder{ctx: context.Background(), c: c.Client, hostsPerCl: *hosts, datastoreDir: *dsDir}
	if err := b.build(inv); err != nil {
		log.Fatalf("inventory: %v", err)
	}
	_ = c.Logout(context.Background())

	u.User = nil
	if *invOut != "" {
		out, _ := json.MarshalIndent(inv, "", "  ")
		writeFile(*invOut, string(out)+"\n")
	}
	if *urlFile != "" {
		writeFile(*urlFile, u.String()+"\n")
	}
	log.Printf("inventory of %d datacenters built in %s", len(inv.Datacenters), time.Since(start).Round(time.Millisecond))
	fmt.Printf("READY %s\n", u.String())

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	log.Printf("stopping on %s", <-sig)
}

// writeFile writes atomically, so a reader polling for the file never sees it half-written.
func writeFile(path, content string) {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(content), 0o600); err != nil {
		log.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		log.Fatal(err)
	}
}

// taskLogger logs every task that ends in error, with its target and fault, so
// a failed terraform run can quote the simulator's side (the e2e diagnose()).
type taskLogger struct{ self types.ManagedObjectReference }

func (t *taskLogger) Reference() types.ManagedObjectReference                       { return t.self }
func (t *taskLogger) PutObject(*simulator.Context, mo.Reference)                    {}
func (t *taskLogger) RemoveObject(*simulator.Context, types.ManagedObjectReference) {}
func (t *taskLogger) UpdateObject(ctx *simulator.Context, obj mo.Reference, changes []types.PropertyChange) {
	for _, c := range changes {
		if c.Name != "info.state" || c.Val != types.TaskInfoStateError {
			continue
		}
		task, ok := obj.(*mo.Task)
		if !ok {
			return
		}
		info := task.Info
		msg := ""
		if info.Error != nil {
			msg = fmt.Sprintf("%T %s", info.Error.Fault, info.Error.LocalizedMessage)
		}
		entity := ""
		if info.Entity != nil {
			entity = info.Entity.String()
		}
		log.Printf("TASK-ERROR %s %s on %s (%s): %s", info.Key, info.DescriptionId, entity, info.EntityName, msg)
	}
}
