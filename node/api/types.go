package api

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Backend is what the API needs of a node. Errors wrap the sentinels below to choose the
// status code; their text is shown to the client.
type Backend interface {
	Status(ctx context.Context) (Status, error)
	Peers(ctx context.Context) ([]Peer, error)
	// Offers are the live offers, cheapest first; source is "book" (a solver's) or "heard".
	Offers(ctx context.Context) (offers []Offer, source string, err error)
	Jobs(ctx context.Context) ([]Job, error) // newest first
	// Deals lists up to limit deals matched before the cursor (nil: from the head), newest
	// first.
	Deals(ctx context.Context, before *Cursor, limit int) (DealPage, error)
	Deal(ctx context.Context, id common.Hash) (DealDetail, error)
	// Result is a deal's result archive, where this node may show it and holds it.
	Result(ctx context.Context, id common.Hash) (*Result, error)
	// Submit starts a job and returns its submission once its offer is published (or
	// the job failed before).
	Submit(ctx context.Context, req JobRequest) (Submission, error)
	// Submission is a submitted job as it stands; done is closed when it has ended.
	Submission(id string) (s Submission, done <-chan struct{}, err error)
}

// Errors a Backend wraps: each chooses a status code.
var (
	ErrBadRequest  = errors.New("bad request")         // 400
	ErrForbidden   = errors.New("forbidden")           // 403
	ErrNotFound    = errors.New("not found")           // 404
	ErrTooMany     = errors.New("too many requests")   // 429
	ErrChain       = errors.New("chain read failed")   // 502
	ErrUnavailable = errors.New("service unavailable") // 503
)

// Cursor is a position in the chain's DealMatched events: a page holds the deals strictly
// before it.
type Cursor struct {
	Block uint64
	Log   uint
}

// Status is GET /api/v1/status.
type Status struct {
	PeerID     string   `json:"peerId"`
	Address    string   `json:"address"`
	Roles      []string `json:"roles"`
	ChainID    int64    `json:"chainId"`
	Market     string   `json:"market"`
	Network    string   `json:"network"`
	Head       *Head    `json:"head,omitempty"`
	HeadError  string   `json:"headError,omitempty"`
	Peers      int      `json:"peers"`
	Version    string   `json:"version"`
	Listen     []string `json:"listen"`
	EventEpoch string   `json:"eventEpoch"`
}

// Head is a block.
type Head struct {
	Number uint64 `json:"number"`
	Time   uint64 `json:"time"`
}

// GPU is one GPU of a capability record.
type GPU struct {
	Vendor  string `json:"vendor"`
	Model   string `json:"model"`
	VRAMMiB uint64 `json:"vramMiB"`
}

// Peer is a capability record this node has seen.
type Peer struct {
	PeerID    string    `json:"peerId"`
	Address   string    `json:"address"`
	Roles     []string  `json:"roles"`
	Version   string    `json:"version"`
	CPUMilli  uint64    `json:"cpuMilli"`
	RAMMiB    uint64    `json:"ramMiB"`
	DiskMiB   uint64    `json:"diskMiB"`
	GPUs      []GPU     `json:"gpus"`
	LastSeen  time.Time `json:"lastSeen"`
	Connected bool      `json:"connected"`
}

// Spec is a machine.
type Spec struct {
	CPUMilli   uint64 `json:"cpuMilli"`
	RAMMiB     uint64 `json:"ramMiB"`
	DiskMiB    uint64 `json:"diskMiB"`
	GPUs       uint32 `json:"gpus"`
	GPUVRAMMiB uint64 `json:"gpuVramMiB"`
}

// Offer is a resource offer.
type Offer struct {
	ID                string     `json:"id"`
	Provider          string     `json:"provider"`
	PeerID            string     `json:"peerId"`
	Spec              Spec       `json:"spec"`
	Modules           []string   `json:"modules"`
	Price             string     `json:"price"`
	TimeoutCollateral string     `json:"timeoutCollateral"`
	ResultsCollateral string     `json:"resultsCollateral"`
	SubmitWindow      uint32     `json:"submitWindow"`
	JudgeWindow       uint32     `json:"judgeWindow"`
	MediateWindow     uint32     `json:"mediateWindow"`
	Mediators         []string   `json:"mediators"`
	Capacity          uint32     `json:"capacity"`
	Used              *uint32    `json:"used,omitempty"`
	CreatedAt         uint64     `json:"createdAt"`
	ValidUntil        uint64     `json:"validUntil"`
	HeardAt           *time.Time `json:"heardAt,omitempty"`
}

// Job is a job offer.
type Job struct {
	ID           string            `json:"id"`
	Creator      string            `json:"creator"`
	Module       string            `json:"module"`
	Commit       string            `json:"commit,omitempty"`
	Spec         Spec              `json:"spec"`
	MaxPrice     string            `json:"maxPrice"`
	Collateral   string            `json:"collateral"`
	MediationFee string            `json:"mediationFee"`
	Inputs       map[string]string `json:"inputs"`
	Files        []string          `json:"files"`
	CreatedAt    uint64            `json:"createdAt"`
	ValidUntil   uint64            `json:"validUntil"`
	Own          bool              `json:"own"`
	SeenAt       *time.Time        `json:"seenAt,omitempty"` // when this node saw it, if it knows
}

// Deal is a deal's terms and state.
type Deal struct {
	ID                  string   `json:"id"`
	OfferID             string   `json:"offerId"`
	State               string   `json:"state"`
	JC                  string   `json:"jc"`
	RP                  string   `json:"rp"`
	Solver              string   `json:"solver"`
	Mediator            string   `json:"mediator,omitempty"`
	Mediators           []string `json:"mediators"`
	Price               string   `json:"price"`
	JCCollateral        string   `json:"jcCollateral"`
	RPTimeoutCollateral string   `json:"rpTimeoutCollateral"`
	RPResultsCollateral string   `json:"rpResultsCollateral"`
	MediationFee        string   `json:"mediationFee"`
	SubmitWindow        uint32   `json:"submitWindow"`
	JudgeWindow         uint32   `json:"judgeWindow"`
	MediateWindow       uint32   `json:"mediateWindow"`
	Callback            bool     `json:"callback"`
	MatchBlock          uint64   `json:"matchBlock"`
	StateAt             uint64   `json:"stateAt"`
	WindowEnd           uint64   `json:"windowEnd,omitempty"`
	ResultHash          string   `json:"resultHash,omitempty"`
}

// DealPage is GET /api/v1/deals.
type DealPage struct {
	Deals []Deal  `json:"deals"`
	Head  uint64  `json:"head"`
	Next  *Cursor `json:"-"`
}

// DealDetail is GET /api/v1/deals/{id}.
type DealDetail struct {
	Deal
	History          []Step `json:"history"`
	HistoryTruncated bool   `json:"historyTruncated"`
	Job              *Job   `json:"job,omitempty"`
}

// Step is one event of a deal's on-chain history.
type Step struct {
	Event      string `json:"event"`
	State      string `json:"state"`
	Block      uint64 `json:"block"`
	Time       uint64 `json:"time"`
	Tx         string `json:"tx"`
	Mediator   string `json:"mediator,omitempty"`
	ResultHash string `json:"resultHash,omitempty"`
}

// DealEvent is the data of a "deal" event.
type DealEvent struct {
	ID         string `json:"id"`
	Event      string `json:"event"`
	State      string `json:"state,omitempty"`
	Block      uint64 `json:"block"`
	Tx         string `json:"tx"`
	Mediator   string `json:"mediator,omitempty"`
	ResultHash string `json:"resultHash,omitempty"`
}

// Result is a deal's result archive and its files.
type Result struct {
	Archive []byte
	Stdout  []byte
	Stderr  []byte
}

// JobRequest is POST /api/v1/jobs's body.
type JobRequest struct {
	Module string            `json:"module"`
	Inputs map[string]string `json:"inputs,omitempty"`
	Files  map[string][]byte `json:"files,omitempty"` // base64 in JSON
}

// Submission is a job submitted through the API.
type Submission struct {
	ID          string     `json:"id"`
	Module      string     `json:"module"`
	JobID       string     `json:"jobId,omitempty"`
	Stage       string     `json:"stage"`
	Detail      string     `json:"detail,omitempty"`
	Done        bool       `json:"done"`
	Error       string     `json:"error,omitempty"`
	SubmittedAt time.Time  `json:"submittedAt"`
	Result      *JobResult `json:"result,omitempty"`
}

// JobResult is a submitted job's outcome.
type JobResult struct {
	DealID          string `json:"dealId"`
	State           string `json:"state"`
	ExitCode        int    `json:"exitCode"`
	Stdout          string `json:"stdout"`
	StdoutTruncated bool   `json:"stdoutTruncated"`
	ResultHash      string `json:"resultHash,omitempty"`
	AcceptTx        string `json:"acceptTx,omitempty"`
}

// MaxStdoutInResult bounds the stdout a JobResult carries.
const MaxStdoutInResult = 64 << 10
