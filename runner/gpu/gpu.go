package gpu

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// GPU is one device.
type GPU struct {
	Index   int    `json:"index"`
	Vendor  string `json:"vendor"`
	Model   string `json:"model"`
	UUID    string `json:"uuid"`
	VRAMMiB uint64 `json:"vramMiB"`
	Driver  string `json:"driver"`
	CUDA    string `json:"cuda,omitempty"`
}

// ErrParse is returned for nvidia-smi output coophive cannot read.
var ErrParse = errors.New("cannot parse nvidia-smi output")

// Detect lists the machine's NVIDIA GPUs. No nvidia-smi on PATH means no GPUs (nil, nil);
// an nvidia-smi that fails is an error (a driver problem the operator should see).
func Detect(ctx context.Context) ([]GPU, error) {
	bin, err := exec.LookPath("nvidia-smi")
	if err != nil {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "-q", "-x").Output()
	if err != nil {
		return nil, fmt.Errorf("nvidia-smi -q -x: %w", err)
	}
	return ParseXML(out)
}

type smiLog struct {
	Driver string   `xml:"driver_version"`
	CUDA   string   `xml:"cuda_version"`
	GPUs   []smiGPU `xml:"gpu"`
}

type smiGPU struct {
	Name  string `xml:"product_name"`
	UUID  string `xml:"uuid"`
	Minor string `xml:"minor_number"`
	FB    struct {
		Total string `xml:"total"`
	} `xml:"fb_memory_usage"`
}

// ParseXML reads the report of `nvidia-smi -q -x`.
func ParseXML(data []byte) ([]GPU, error) {
	var log smiLog
	if err := xml.Unmarshal(data, &log); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrParse, err)
	}
	out := make([]GPU, 0, len(log.GPUs))
	for i, g := range log.GPUs {
		vram, err := parseMiB(g.FB.Total)
		if err != nil {
			return nil, fmt.Errorf("%w: gpu %d memory %q", ErrParse, i, g.FB.Total)
		}
		out = append(out, GPU{Index: i, Vendor: "NVIDIA", Model: strings.TrimSpace(g.Name), UUID: strings.TrimSpace(g.UUID),
			VRAMMiB: vram, Driver: strings.TrimSpace(log.Driver), CUDA: strings.TrimSpace(log.CUDA)})
	}
	return out, nil
}

// parseMiB reads "143771 MiB".
func parseMiB(s string) (uint64, error) {
	f := strings.Fields(s)
	if len(f) != 2 || f[1] != "MiB" {
		return 0, ErrParse
	}
	return strconv.ParseUint(f[0], 10, 64)
}
