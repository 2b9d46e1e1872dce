package node

import (
	"context"
	"io"
	"log/slog"
	"os"
	"testing"

	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/runner/gpu"
)

func TestOfferSpecStaysWithinTheMachine(t *testing.T) {
	xml, err := os.ReadFile("../runner/gpu/testdata/nvidia-smi-h200/nvidia-smi-q.xml")
	if err != nil {
		t.Fatal(err)
	}
	h200, err := gpu.ParseXML(xml)
	if err != nil {
		t.Fatal(err)
	}
	m := Machine{CPUMilli: 16000, RAMMiB: 128000, DiskMiB: 50000, GPUs: h200}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	cases := []struct {
		name string
		cfg  OfferConfig
		want matching.Spec
	}{
		{"within", OfferConfig{Spec: matching.Spec{CPUMilli: 8000, RAMMiB: 1000, DiskMiB: 100}, GPUs: 1},
			matching.Spec{CPUMilli: 8000, RAMMiB: 1000, DiskMiB: 100, GPUs: 1, GPUVRAMMiB: 143771}},
		{"cut to the machine", OfferConfig{Spec: matching.Spec{CPUMilli: 64000, RAMMiB: 1 << 20, DiskMiB: 1 << 30}, GPUs: 4},
			matching.Spec{CPUMilli: 16000, RAMMiB: 128000, DiskMiB: 50000, GPUs: 1, GPUVRAMMiB: 143771}},
		{"no GPU unless asked", OfferConfig{Spec: matching.Spec{CPUMilli: 1000, RAMMiB: 100}},
			matching.Spec{CPUMilli: 1000, RAMMiB: 100}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := offerSpec(tc.cfg, m, quiet); got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	n := &Node{cfg: Config{Roles: []Role{RoleRP}}, machine: m}
	rec := n.capability(1)
	if len(rec.GPUs) != 1 || rec.GPUs[0].VRAMMiB != 143771 || rec.GPUs[0].CUDA != "13.0" {
		t.Fatalf("record %+v", rec)
	}
	if why := exceeds(rec, 1000, 100, 10, 2, 1000); why == "" {
		t.Fatal("an offer of two GPUs fits a record of one")
	}
	if why := exceeds(rec, 1000, 100, 10, 1, 80000); why != "" {
		t.Fatalf("a fitting offer: %s", why)
	}
}

func TestDetectMachineHere(t *testing.T) {
	m, err := DetectMachine(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if m.CPUMilli < 1000 || m.RAMMiB == 0 || m.DiskMiB == 0 {
		t.Fatalf("detected %+v", m)
	}
}
