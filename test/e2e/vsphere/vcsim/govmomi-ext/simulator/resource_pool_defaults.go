// Added to govmomi v0.56.0's simulator package by test/e2e/vsphere/setup.sh.

package simulator

import "github.com/vmware/govmomi/vim25/types"

// defaultResourceFields fills what a CreateResourcePool spec leaves unset
// (no reservation, not expandable, unlimited, normal shares) instead of
// rejecting the spec: the provider omits a zero reservation and a false
// expandableReservation, and reads false back for the latter.
func defaultResourceFields(info *types.ResourceAllocationInfo) {
	if info.Reservation == nil {
		info.Reservation = types.NewInt64(0)
	}
	if info.ExpandableReservation == nil {
		info.ExpandableReservation = types.NewBool(false)
	}
	if info.Limit == nil {
		info.Limit = types.NewInt64(-1)
	}
	if info.Shares == nil {
		info.Shares = &types.SharesInfo{Level: types.SharesLevelNormal}
	}
}
