//go:build !unix

package runner

import "os/exec"

// killGroup: elsewhere cancelling cmd kills git alone (WaitDelay bounds its helpers).
func killGroup(cmd *exec.Cmd) {}
