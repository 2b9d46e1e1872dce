//go:build unix

package runner

import (
	"os/exec"
	"syscall"
)

// killGroup makes cancelling cmd kill its process group: git and the helpers it starts
// (git-remote-https) together.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
