package se.lofteskollen.command.coordination;

import se.lofteskollen.command.commitment.CommitmentController.WithdrawalRequest;

/** Why a commitment is withdrawn: published on the citizen page. */
record WithdrawalForm(String reason) {

    WithdrawalRequest request() {
        return new WithdrawalRequest(Typed.trimmed(reason));
    }
}
