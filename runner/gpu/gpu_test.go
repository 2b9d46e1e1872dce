package gpu

import (
	"context"
	"errors"
	"os"
	"testing"
)

// testdata/nvidia-smi-h200 was captured on an NVIDIA H200 (driver 580.159.04, CUDA 13.0).
func TestParseXMLFromAnH200(t *testing.T) {
	data, err := os.ReadFile("testdata/nvidia-smi-h200/nvidia-smi-q.xml")
	if err != nil {
		t.Fatal(err)
	}
	gpus, err := ParseXML(data)
	if err != nil {
		t.Fatal(err)
	}
	want := GPU{Index: 0, Vendor: "NVIDIA", Model: "NVIDIA H200", UUID: "GPU-de040601-bd58-e056-45fb-dce277e0aeef",
		VRAMMiB: 143771, Driver: "580.159.04", CUDA: "13.0"}
	if len(gpus) != 1 || gpus[0] != want {
		t.Fatalf("got %+v, want [%+v]", gpus, want)
	}
}

func TestParseXMLRejectsGarbage(t *testing.T) {
	cases := map[string]string{
		"not xml":     "NVIDIA-SMI has failed",
		"bad memory":  `<nvidia_smi_log><gpu><product_name>X</product_name><fb_memory_usage><total>lots</total></fb_memory_usage></gpu></nvidia_smi_log>`,
		"memory unit": `<nvidia_smi_log><gpu><fb_memory_usage><total>80 GiB</total></fb_memory_usage></gpu></nvidia_smi_log>`,
	}
	for name, in := range cases {
		if _, err := ParseXML([]byte(in)); !errors.Is(err, ErrParse) {
			t.Errorf("%s: err = %v, want ErrParse", name, err)
		}
	}
	gpus, err := ParseXML([]byte(`<nvidia_smi_log><driver_version>1</driver_version></nvidia_smi_log>`))
	if err != nil || len(gpus) != 0 {
		t.Fatalf("no gpu elements: %v %v", gpus, err)
	}
}

// TestDetectOnThisMachine runs nvidia-smi when there is one. With COOPHIVE_REQUIRE_GPU=1
// (set only where a GPU is known to exist) it must find at least one.
func TestDetectOnThisMachine(t *testing.T) {
	gpus, err := Detect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gpus {
		t.Logf("detected %+v", g)
		if g.Model == "" || g.VRAMMiB == 0 || g.Driver == "" {
			t.Errorf("incomplete record %+v", g)
		}
	}
	if os.Getenv("COOPHIVE_REQUIRE_GPU") == "1" && len(gpus) == 0 {
		t.Fatal("no GPU detected")
	}
}
