// Package simext extends govmomi's vCenter simulator (vcsim) where it falls
// short of what terraform-provider-vsphere 2.15.0 calls. Each extension is
// small, self-contained and installed on a running simulator.Model, so it
// could move upstream into govmomi/simulator unchanged in behaviour.
package simext
