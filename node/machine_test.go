package node

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/coophive/coophive/matching"
	"github.com/coophive/coophive/node/gossip"
	"github.com/coophive/coophive/runner"
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
	if why := gossip.Exceeds(rec, 1000, 100, 10, 2, 1000); why == "" {
		t.Fatal("an offer of two GPUs fits a record of one")
	}
	if why := gossip.Exceeds(rec, 1000, 100, 10, 1, 80000); why != "" {
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

// TestSDXLMatchesOnlyGPUOffers: the sdxl module's job offer needs a GPU; a CPU-only offer
// is refused for it, an RP offering the H200 (as detected from its nvidia-smi report) serves it.
func TestSDXLMatchesOnlyGPUOffers(t *testing.T) {
	mod, err := runner.Lookup("sdxl:v0.2.9")
	if err != nil {
		t.Fatal(err)
	}
	xml, _ := os.ReadFile("../runner/gpu/testdata/nvidia-smi-h200/nvidia-smi-q.xml")
	h200, _ := gpu.ParseXML(xml)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	machine := Machine{CPUMilli: 16000, RAMMiB: 128000, DiskMiB: 500000, GPUs: h200}
	gpuSpec := offerSpec(OfferConfig{Spec: matching.Spec{CPUMilli: 8000, RAMMiB: 65536, DiskMiB: 100000}, GPUs: 1}, machine, quiet)
	cpuSpec := offerSpec(OfferConfig{Spec: matching.Spec{CPUMilli: 8000, RAMMiB: 65536, DiskMiB: 100000}}, machine, quiet)
	job := &matching.JobOffer{Spec: moduleSpec(mod), Module: matching.ModuleID(mod.Name), MaxPrice: big.NewInt(10),
		Mediators: []common.Address{{1}}, ValidUntil: 100}
	offer := func(s matching.Spec) matching.Candidate {
		return matching.Candidate{Offer: &matching.ResourceOffer{Provider: common.Address{2}, Spec: s, Price: big.NewInt(1),
			Mediators: []common.Address{{1}}, Capacity: 1, ValidUntil: 100}}
	}
	if r := matching.Eligible(job, offer(cpuSpec), 50); r != matching.ReasonGPUs {
		t.Fatalf("CPU-only offer: %s, want %s", r, matching.ReasonGPUs)
	}
	if r := matching.Eligible(job, offer(gpuSpec), 50); r != matching.ReasonNone {
		t.Fatalf("H200 offer: %s", r)
	}
	small := gpuSpec
	small.GPUVRAMMiB = 8192
	if r := matching.Eligible(job, offer(small), 50); r != matching.ReasonGPUVRAM {
		t.Fatalf("8 GiB GPU: %s, want %s", r, matching.ReasonGPUVRAM)
	}
}

// TestJobGPUs: an RP's jobs run on the GPUs it offers (the largest --gpu of them), a
// mediator's on all the machine has.
func TestJobGPUs(t *testing.T) {
	m := Machine{GPUs: []gpu.GPU{{Index: 0, VRAMMiB: 8000}, {Index: 1, VRAMMiB: 80000}, {Index: 2, VRAMMiB: 40000}}}
	indexes := func(gs []gpu.GPU) (out []int) {
		for _, g := range gs {
			out = append(out, g.Index)
		}
		return out
	}
	rp := &Node{cfg: Config{Roles: []Role{RoleRP}, Offer: OfferConfig{GPUs: 2}}, machine: m}
	med := &Node{cfg: Config{Roles: []Role{RoleMediator}}, machine: m}
	if got := indexes(rp.jobGPUs()); fmt.Sprint(got) != "[1 2]" {
		t.Errorf("rp with --gpu 2: GPUs %v, want [1 2]", got)
	}
	if got := indexes(med.jobGPUs()); fmt.Sprint(got) != "[0 1 2]" {
		t.Errorf("mediator: GPUs %v, want [0 1 2]", got)
	}
}
