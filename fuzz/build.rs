// The main crate's build script: the run-time search path for libtorch.
include!("../build.rs");
