package faucet

// forgetInfo drops the cached /api/info reading, so that the next one reads the chain.
func (f *Faucet) forgetInfo() {
	f.infoMu.Lock()
	defer f.infoMu.Unlock()
	f.info = nil
}
