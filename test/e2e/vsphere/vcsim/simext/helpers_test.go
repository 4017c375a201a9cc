package simext

import (
	"context"
	"testing"

	"github.com/vmware/govmomi"
	"github.com/vmware/govmomi/simulator"
)

// newVPX creates a default VPX model (configure, if given, adjusts it first) and
// removes it when the test ends.
func newVPX(t *testing.T, configure func(*simulator.Model)) *simulator.Model {
	t.Helper()
	m := simulator.VPX()
	if configure != nil {
		configure(m)
	}
	if err := m.Create(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.Remove)
	return m
}

// connect serves the model over TLS and logs a client in, as the provider does;
// the server closes when the test ends (before the model is removed).
func connect(t *testing.T, ctx context.Context, m *simulator.Model) *govmomi.Client {
	t.Helper()
	s := m.Service.NewServer()
	t.Cleanup(s.Close)
	c, err := govmomi.NewClient(ctx, s.URL, true)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
