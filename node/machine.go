package node

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/coophive/coophive/p2p"
	"github.com/coophive/coophive/runner/gpu"
)

// Machine is what this node has: detected CPU, RAM, disk (of the data dir's file system)
// and NVIDIA GPUs.
type Machine struct {
	CPUMilli uint64
	RAMMiB   uint64
	DiskMiB  uint64
	GPUs     []gpu.GPU
}

// DetectMachine reads the machine's resources.
func DetectMachine(ctx context.Context, dataDir string) (Machine, error) {
	m := Machine{CPUMilli: uint64(runtime.NumCPU()) * 1000}
	var err error
	if m.RAMMiB, err = memTotalMiB(); err != nil {
		return m, err
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs(dataDir, &st); err == nil {
		m.DiskMiB = st.Bavail * uint64(st.Bsize) >> 20
	}
	if m.GPUs, err = gpu.Detect(ctx); err != nil {
		return m, err
	}
	return m, nil
}

func memTotalMiB() (uint64, error) {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0, fmt.Errorf("read memory size: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("parse MemTotal %q: %w", rest, err)
			}
			return kb >> 10, nil
		}
	}
	return 0, fmt.Errorf("no MemTotal in /proc/meminfo")
}

// capability is the record this node signs: its roles and, for an RP, the machine it offers.
func (n *Node) capability(seq uint64) p2p.Capability {
	c := p2p.Capability{Seq: seq, Version: n.cfg.Release}
	for _, r := range n.cfg.Roles {
		c.Roles = append(c.Roles, string(r))
	}
	m := n.machine
	c.CPUMilli, c.RAMMiB, c.DiskMiB = m.CPUMilli, m.RAMMiB, m.DiskMiB
	for _, g := range m.GPUs {
		c.GPUs = append(c.GPUs, p2p.GPUInfo{Vendor: g.Vendor, Model: g.Model, VRAMMiB: g.VRAMMiB, Driver: g.Driver, CUDA: g.CUDA})
	}
	return c
}
