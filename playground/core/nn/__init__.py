"""The maths of one network: activations, losses, optimisers, batches and the one description of a training step, in its single-network and many-networks forms."""
