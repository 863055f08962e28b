///Module containing a contract's types and functions.
/**

```solidity
library MerkleLib {
    struct Tree { bytes32[32] branch; uint256 count; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod MerkleLib {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Tree { bytes32[32] branch; uint256 count; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Tree {
        #[allow(missing_docs)]
        pub branch: [alloy::sol_types::private::FixedBytes<32>; 32usize],
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedArray<
                alloy::sol_types::sol_data::FixedBytes<32>,
                32usize,
            >,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            [alloy::sol_types::private::FixedBytes<32>; 32usize],
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Tree> for UnderlyingRustTuple<'_> {
            fn from(value: Tree) -> Self {
                (value.branch, value.count)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Tree {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    branch: tuple.0,
                    count: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Tree {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Tree {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                        32usize,
                    > as alloy_sol_types::SolType>::tokenize(&self.branch),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Tree {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Tree {
            const NAME: &'static str = "Tree";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Tree(bytes32[32] branch,uint256 count)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                        32usize,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.branch)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.count)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Tree {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::FixedArray<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                        32usize,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.branch,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.count)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::FixedArray<
                    alloy::sol_types::sol_data::FixedBytes<32>,
                    32usize,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.branch,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.count,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`MerkleLib`](self) contract instance.

See the [wrapper's documentation](`MerkleLibInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> MerkleLibInstance<P, N> {
        MerkleLibInstance::<P, N>::new(address, __provider)
    }
    /**A [`MerkleLib`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`MerkleLib`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct MerkleLibInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for MerkleLibInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("MerkleLibInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MerkleLibInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`MerkleLib`](self) contract instance.

See the [wrapper's documentation](`MerkleLibInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> MerkleLibInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> MerkleLibInstance<P, N> {
            MerkleLibInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MerkleLibInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MerkleLibInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library MerkleLib {
    struct Tree {
        bytes32[32] branch;
        uint256 count;
    }
}

interface MerkleTreeHook {
    event HookSet(address _hook);
    event Initialized(uint8 version);
    event InsertedIntoTree(bytes32 messageId, uint32 index);
    event IsmSet(address _ism);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    constructor(address _mailbox);

    function PACKAGE_VERSION() external view returns (string memory);
    function count() external view returns (uint32);
    function deployedBlock() external view returns (uint256);
    function hook() external view returns (address);
    function hookType() external pure returns (uint8);
    function interchainSecurityModule() external view returns (address);
    function latestCheckpoint() external view returns (bytes32, uint32);
    function localDomain() external view returns (uint32);
    function mailbox() external view returns (address);
    function owner() external view returns (address);
    function postDispatch(bytes memory metadata, bytes memory message) external payable;
    function quoteDispatch(bytes memory metadata, bytes memory message) external view returns (uint256);
    function renounceOwnership() external;
    function root() external view returns (bytes32);
    function setHook(address _hook) external;
    function setInterchainSecurityModule(address _module) external;
    function supportsMetadata(bytes memory metadata) external view returns (bool);
    function transferOwnership(address newOwner) external;
    function tree() external view returns (MerkleLib.Tree memory);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "_mailbox",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "PACKAGE_VERSION",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "count",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "deployedBlock",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hook",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IPostDispatchHook"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "hookType",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "interchainSecurityModule",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IInterchainSecurityModule"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "latestCheckpoint",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "localDomain",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "mailbox",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IMailbox"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "owner",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "postDispatch",
    "inputs": [
      {
        "name": "metadata",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "message",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "quoteDispatch",
    "inputs": [
      {
        "name": "metadata",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "message",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "renounceOwnership",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "root",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "setHook",
    "inputs": [
      {
        "name": "_hook",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setInterchainSecurityModule",
    "inputs": [
      {
        "name": "_module",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsMetadata",
    "inputs": [
      {
        "name": "metadata",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "transferOwnership",
    "inputs": [
      {
        "name": "newOwner",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "tree",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct MerkleLib.Tree",
        "components": [
          {
            "name": "branch",
            "type": "bytes32[32]",
            "internalType": "bytes32[32]"
          },
          {
            "name": "count",
            "type": "uint256",
            "internalType": "uint256"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "HookSet",
    "inputs": [
      {
        "name": "_hook",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Initialized",
    "inputs": [
      {
        "name": "version",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "InsertedIntoTree",
    "inputs": [
      {
        "name": "messageId",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "index",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "IsmSet",
    "inputs": [
      {
        "name": "_ism",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OwnershipTransferred",
    "inputs": [
      {
        "name": "previousOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newOwner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod MerkleTreeHook {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60e060405234801561000f575f5ffd5b506040516116b13803806116b183398101604081905261002e91610166565b80806001600160a01b0381163b61008b5760405162461bcd60e51b815260206004820152601e60248201527f4d61696c626f78436c69656e743a20696e76616c6964206d61696c626f780000604482015260640160405180910390fd5b6001600160a01b03821660808190526040805163234d8e3d60e21b81529051638d3638f4916004808201926020929091908290030181865afa1580156100d3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100f79190610193565b63ffffffff1660a05261010933610115565b50504360c052506101b6565b603380546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610176575f5ffd5b81516001600160a01b038116811461018c575f5ffd5b9392505050565b5f602082840312156101a3575f5ffd5b815163ffffffff8116811461018c575f5ffd5b60805160a05160c0516114ca6101e75f395f6101ed01525f61022e01525f8181610309015261092e01526114ca5ff3fe608060405260043610610110575f3560e01c8063907c0f921161009d578063e445e7dd11610062578063e445e7dd14610348578063e5320bb91461036e578063ebf0c7171461039d578063f2fde38b146103b1578063fd54b228146103d0575f5ffd5b8063907c0f921461026d57806393c448471461029b578063aaccd230146102d9578063d5438eae146102f8578063de523cf31461032b575f5ffd5b8063715018a6116100e3578063715018a6146101915780637f5a7c7b146101a557806382ea7bfe146101dc5780638d3638f41461021d5780638da5cb5b14610250575f5ffd5b806306661abd14610114578063086011b91461013e5780630e72cc06146101535780633dfd387314610172575b5f5ffd5b34801561011f575f5ffd5b5060b7545b60405163ffffffff90911681526020015b60405180910390f35b61015161014c3660046110cc565b6103f1565b005b34801561015e575f5ffd5b5061015161016d366004611138565b610432565b34801561017d575f5ffd5b5061015161018c366004611138565b6104cc565b34801561019c575f5ffd5b5061015161055e565b3480156101b0575f5ffd5b506065546101c4906001600160a01b031681565b6040516001600160a01b039091168152602001610135565b3480156101e7575f5ffd5b5061020f7f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610135565b348015610228575f5ffd5b506101247f000000000000000000000000000000000000000000000000000000000000000081565b34801561025b575f5ffd5b506033546001600160a01b03166101c4565b348015610278575f5ffd5b50610281610571565b6040805192835263ffffffff909116602083015201610135565b3480156102a6575f5ffd5b506102cc60405180604001604052806006815260200165031322e312e360d41b81525081565b6040516101359190611165565b3480156102e4575f5ffd5b5061020f6102f33660046110cc565b610598565b348015610303575f5ffd5b506101c47f000000000000000000000000000000000000000000000000000000000000000081565b348015610336575f5ffd5b506066546001600160a01b03166101c4565b348015610353575f5ffd5b5061035c6105c9565b60405160ff9091168152602001610135565b348015610379575f5ffd5b5061038d61038836600461119a565b6105d2565b6040519015158152602001610135565b3480156103a8575f5ffd5b5061020f6105f6565b3480156103bc575f5ffd5b506101516103cb366004611138565b610601565b3480156103db575f5ffd5b506103e461067a565b60405161013591906111d9565b6103fb84846105d2565b6104205760405162461bcd60e51b815260040161041790611217565b60405180910390fd5b61042c848484846106c9565b50505050565b806001600160a01b0381163b15158061045257506001600160a01b038116155b61046e5760405162461bcd60e51b815260040161041790611269565b610476610814565b606680546001600160a01b0319166001600160a01b0384169081179091556040519081527fc47cbcc588c67679e52261c45cc315e56562f8d0ccaba16facb9093ff9498799906020015b60405180910390a15050565b806001600160a01b0381163b1515806104ec57506001600160a01b038116155b6105085760405162461bcd60e51b815260040161041790611269565b610510610814565b606580546001600160a01b0319166001600160a01b0384169081179091556040519081527f4eab7b127c764308788622363ad3e9532de3dfba7845bd4f84c125a22544255a906020016104c0565b610566610814565b61056f5f61086e565b565b5f5f61057b6105f6565b600161058660b75490565b61059091906112c4565b915091509091565b5f6105a385856105d2565b6105bf5760405162461bcd60e51b815260040161041790611217565b5f95945050505050565b5f60035b905090565b5f8115806105ed575060016105e784846108bf565b61ffff16145b90505b92915050565b5f6105cd609761090d565b610609610814565b6001600160a01b03811661066e5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201526564647265737360d01b6064820152608401610417565b6106778161086e565b50565b610682611049565b60408051610440810180835290916097918391820190839060209082845b8154815260200190600101908083116106a0575050509183525050602091820154910152919050565b34156107215760405162461bcd60e51b815260206004820152602160248201527f4d65726b6c6554726565486f6f6b3a206e6f2076616c756520657870656374656044820152601960fa1b6064820152608401610417565b5f61076083838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061091f92505050565b905061076b8161092a565b6107b75760405162461bcd60e51b815260206004820152601760248201527f6d657373616765206e6f74206469737061746368696e670000000000000000006044820152606401610417565b5f6107c160b75490565b90506107ce6097836109b3565b6040805183815263ffffffff831660208201527f253a3a04cab70d47c1504809242d9350cd81627b4f1d50753e159cf8cd76ed33910160405180910390a1505050505050565b6033546001600160a01b0316331461056f5760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e65726044820152606401610417565b603380546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f6108cb8160026112e0565b60ff168210156108dc57505f6105f0565b825f836108ea8260026112e0565b60ff16926108fa939291906112f9565b61090391611320565b60f01c9392505050565b5f6105f08261091a610ac4565b610f84565b805160209091012090565b5f817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663134fbb4f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610988573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ac9190611358565b1492915050565b60016109c160206002611452565b6109cb919061145d565b826020015410610a105760405162461bcd60e51b815260206004820152601060248201526f1b595c9adb19481d1c995948199d5b1b60821b6044820152606401610417565b6001826020015f828254610a249190611470565b909155505060208201545f5b6020811015610ab65781600116600103610a5f5782848260208110610a5757610a57611483565b015550505050565b838160208110610a7157610a71611483565b01546040805160208101929092528101849052606001604051602081830303815290604052805190602001209250600282610aac9190611497565b9150600101610a30565b50610abf6114b6565b505050565b610acc611068565b5f81527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560208201527fb4c11951957c6f8f642c4af61cd6b24640fec6dc7fc607ee8206a99e92410d3060408201527f21ddb9a356815c3fac1026b6dec5df3124afbadb485c9ba5a3e3398a04b7ba8560608201527fe58769b32a1beaf1ea27375a44095a0d1fb664ce2dd358e7fcbfb78c26a1934460808201527f0eb01ebfc9ed27500cd4dfc979272d1f0913cc9f66540d7e8005811109e1cf2d60a08201527f887c22bd8750d34016ac3c66b5ff102dacdd73f6b014e710b51e8022af9a196860c08201527fffd70157e48063fc33c97a050f7f640233bf646cc98d9524c6b92bcf3ab56f8360e08201527f9867cc5f7f196b93bae1e27e6320742445d290f2263827498b54fec539f756af6101008201527fcefad4e508c098b9a7e1d8feb19955fb02ba9675585078710969d3440f5054e06101208201527ff9dc3e7fe016e050eff260334f18a5d4fe391d82092319f5964f2e2eb7c1c3a56101408201527ff8b13a49e282f609c317a833fb8d976d11517c571d1221a265d25af778ecf8926101608201527f3490c6ceeb450aecdc82e28293031d10c7d73bf85e57bf041a97360aa2c5d99c6101808201527fc1df82d9c4b87413eae2ef048f94b4d3554cea73d92b0f7af96e0271c691e2bb6101a08201527f5c67add7c6caf302256adedf7ab114da0acfe870d449a3a489f781d659e8becc6101c08201527fda7bce9f4e8618b6bd2f4132ce798cdc7a60e7e1460a7299e3c6342a579626d26101e08201527f2733e50f526ec2fa19a22b31e8ed50f23cd1fdf94c9154ed3a7609a2f1ff981f6102008201527fe1d3b5c807b281e4683cc6d6315cf95b9ade8641defcb32372f1c126e398ef7a6102208201527f5a2dce0a8a7f68bb74560f8f71837c2c2ebbcbf7fffb42ae1896f13f7c7479a06102408201527fb46a28b6f55540f89444f63de0378e3d121be09e06cc9ded1c20e65876d36aa06102608201527fc65e9645644786b620e2dd2ad648ddfcbf4a7e5b1a3a4ecfe7f64667a3f0b7e26102808201527ff4418588ed35a2458cffeb39b93d26f18d2ab13bdce6aee58e7b99359ec2dfd96102a08201527f5a9c16dc00d6ef18b7933a6f8dc65ccb55667138776f7dea101070dc8796e3776102c08201527f4df84f40ae0c8229d0d6069e5c8f39a7c299677a09d367fc7b05e3bc380ee6526102e08201527fcdc72595f74c7b1043d0e1ffbab734648c838dfb0527d971b602bc216c9619ef6103008201527f0abf5ac974a1ed57f4050aa510dd9c74f508277b39d7973bb2dfccc5eeb0618d6103208201527fb8cd74046ff337f0a7bf2c8e03e10f642c1886798d71806ab1e888d9e5ee87d06103408201527f838c5655cb21c6cb83313b5a631175dff4963772cce9108188b34ac87c81c41e6103608201527f662ee4dd2dd7b2bc707961b1e646c4047669dcb6584f0d8d770daf5d7e7deb2e6103808201527f388ab20e2573d171a88108e79d820e98f26c0b84aa8b2f4aa4968dbb818ea3226103a08201527f93237c50ba75ee485f4c22adf2f741400bdf8d6a9cc7df7ecae576221665d7356103c08201527f8448818bb4ae4562849e949e17ac16e0be16688e156b5cf15e098c627c0056a96103e082015290565b60208201545f90815b602081101561104157600182821c165f868360208110610faf57610faf611483565b0154905081600103610fec576040805160208101839052908101869052606001604051602081830303815290604052805190602001209450611037565b84868460208110610fff57610fff611483565b602002015160405160200161101e929190918252602082015260400190565b6040516020818303038152906040528051906020012094505b5050600101610f8d565b505092915050565b604051806040016040528061105c611068565b81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b5f5f83601f840112611097575f5ffd5b50813567ffffffffffffffff8111156110ae575f5ffd5b6020830191508360208285010111156110c5575f5ffd5b9250929050565b5f5f5f5f604085870312156110df575f5ffd5b843567ffffffffffffffff8111156110f5575f5ffd5b61110187828801611087565b909550935050602085013567ffffffffffffffff811115611120575f5ffd5b61112c87828801611087565b95989497509550505050565b5f60208284031215611148575f5ffd5b81356001600160a01b038116811461115e575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f602083850312156111ab575f5ffd5b823567ffffffffffffffff8111156111c1575f5ffd5b6111cd85828601611087565b90969095509350505050565b8151610420820190825f5b60208110156112035782518252602092830192909101906001016111e4565b505050602083015161040083015292915050565b60208082526032908201527f4162737472616374506f73744469737061746368486f6f6b3a20696e76616c6960408201527119081b595d1859185d18481d985c9a585b9d60721b606082015260800190565b60208082526027908201527f4d61696c626f78436c69656e743a20696e76616c696420636f6e74726163742060408201526673657474696e6760c81b606082015260800190565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff82811682821603908111156105f0576105f06112b0565b60ff81811683821601908111156105f0576105f06112b0565b5f5f85851115611307575f5ffd5b83861115611313575f5ffd5b5050820193919092039150565b80356001600160f01b03198116906002841015611351576001600160f01b0319600285900360031b81901b82161691505b5092915050565b5f60208284031215611368575f5ffd5b5051919050565b6001815b60018411156113aa5780850481111561138e5761138e6112b0565b600184161561139c57908102905b60019390931c928002611373565b935093915050565b5f826113c0575060016105f0565b816113cc57505f6105f0565b81600181146113e257600281146113ec57611408565b60019150506105f0565b60ff8411156113fd576113fd6112b0565b50506001821b6105f0565b5060208310610133831016604e8410600b841016171561142b575081810a6105f0565b6114375f19848461136f565b805f190482111561144a5761144a6112b0565b029392505050565b5f6105ed83836113b2565b818103818111156105f0576105f06112b0565b808201808211156105f0576105f06112b0565b634e487b7160e01b5f52603260045260245ffd5b5f826114b157634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52600160045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xE0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa\x16\xB18\x03\x80a\x16\xB1\x839\x81\x01`@\x81\x90Ra\0.\x91a\x01fV[\x80\x80`\x01`\x01`\xA0\x1B\x03\x81\x16;a\0\x8BW`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`\x1E`$\x82\x01R\x7FMailboxClient: invalid mailbox\0\0`D\x82\x01R`d\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16`\x80\x81\x90R`@\x80Qc#M\x8E=`\xE2\x1B\x81R\x90Qc\x8D68\xF4\x91`\x04\x80\x82\x01\x92` \x92\x90\x91\x90\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\0\xD3W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\0\xF7\x91\x90a\x01\x93V[c\xFF\xFF\xFF\xFF\x16`\xA0Ra\x01\t3a\x01\x15V[PPC`\xC0RPa\x01\xB6V[`3\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x90\x93U`@Q\x91\x16\x91\x90\x82\x90\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x90_\x90\xA3PPV[_` \x82\x84\x03\x12\x15a\x01vW__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x01\x8CW__\xFD[\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x01\xA3W__\xFD[\x81Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x01\x8CW__\xFD[`\x80Q`\xA0Q`\xC0Qa\x14\xCAa\x01\xE7_9_a\x01\xED\x01R_a\x02.\x01R_\x81\x81a\x03\t\x01Ra\t.\x01Ra\x14\xCA_\xF3\xFE`\x80`@R`\x046\x10a\x01\x10W_5`\xE0\x1C\x80c\x90|\x0F\x92\x11a\0\x9DW\x80c\xE4E\xE7\xDD\x11a\0bW\x80c\xE4E\xE7\xDD\x14a\x03HW\x80c\xE52\x0B\xB9\x14a\x03nW\x80c\xEB\xF0\xC7\x17\x14a\x03\x9DW\x80c\xF2\xFD\xE3\x8B\x14a\x03\xB1W\x80c\xFDT\xB2(\x14a\x03\xD0W__\xFD[\x80c\x90|\x0F\x92\x14a\x02mW\x80c\x93\xC4HG\x14a\x02\x9BW\x80c\xAA\xCC\xD20\x14a\x02\xD9W\x80c\xD5C\x8E\xAE\x14a\x02\xF8W\x80c\xDER<\xF3\x14a\x03+W__\xFD[\x80cqP\x18\xA6\x11a\0\xE3W\x80cqP\x18\xA6\x14a\x01\x91W\x80c\x7FZ|{\x14a\x01\xA5W\x80c\x82\xEA{\xFE\x14a\x01\xDCW\x80c\x8D68\xF4\x14a\x02\x1DW\x80c\x8D\xA5\xCB[\x14a\x02PW__\xFD[\x80c\x06f\x1A\xBD\x14a\x01\x14W\x80c\x08`\x11\xB9\x14a\x01>W\x80c\x0Er\xCC\x06\x14a\x01SW\x80c=\xFD8s\x14a\x01rW[__\xFD[4\x80\x15a\x01\x1FW__\xFD[P`\xB7T[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01Qa\x01L6`\x04a\x10\xCCV[a\x03\xF1V[\0[4\x80\x15a\x01^W__\xFD[Pa\x01Qa\x01m6`\x04a\x118V[a\x042V[4\x80\x15a\x01}W__\xFD[Pa\x01Qa\x01\x8C6`\x04a\x118V[a\x04\xCCV[4\x80\x15a\x01\x9CW__\xFD[Pa\x01Qa\x05^V[4\x80\x15a\x01\xB0W__\xFD[P`eTa\x01\xC4\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x015V[4\x80\x15a\x01\xE7W__\xFD[Pa\x02\x0F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q\x90\x81R` \x01a\x015V[4\x80\x15a\x02(W__\xFD[Pa\x01$\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02[W__\xFD[P`3T`\x01`\x01`\xA0\x1B\x03\x16a\x01\xC4V[4\x80\x15a\x02xW__\xFD[Pa\x02\x81a\x05qV[`@\x80Q\x92\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x015V[4\x80\x15a\x02\xA6W__\xFD[Pa\x02\xCC`@Q\x80`@\x01`@R\x80`\x06\x81R` \x01e\x03\x13\"\xE3\x12\xE3`\xD4\x1B\x81RP\x81V[`@Qa\x015\x91\x90a\x11eV[4\x80\x15a\x02\xE4W__\xFD[Pa\x02\x0Fa\x02\xF36`\x04a\x10\xCCV[a\x05\x98V[4\x80\x15a\x03\x03W__\xFD[Pa\x01\xC4\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x036W__\xFD[P`fT`\x01`\x01`\xA0\x1B\x03\x16a\x01\xC4V[4\x80\x15a\x03SW__\xFD[Pa\x03\\a\x05\xC9V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x015V[4\x80\x15a\x03yW__\xFD[Pa\x03\x8Da\x03\x886`\x04a\x11\x9AV[a\x05\xD2V[`@Q\x90\x15\x15\x81R` \x01a\x015V[4\x80\x15a\x03\xA8W__\xFD[Pa\x02\x0Fa\x05\xF6V[4\x80\x15a\x03\xBCW__\xFD[Pa\x01Qa\x03\xCB6`\x04a\x118V[a\x06\x01V[4\x80\x15a\x03\xDBW__\xFD[Pa\x03\xE4a\x06zV[`@Qa\x015\x91\x90a\x11\xD9V[a\x03\xFB\x84\x84a\x05\xD2V[a\x04 W`@QbF\x1B\xCD`\xE5\x1B\x81R`\x04\x01a\x04\x17\x90a\x12\x17V[`@Q\x80\x91\x03\x90\xFD[a\x04,\x84\x84\x84\x84a\x06\xC9V[PPPPV[\x80`\x01`\x01`\xA0\x1B\x03\x81\x16;\x15\x15\x80a\x04RWP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15[a\x04nW`@QbF\x1B\xCD`\xE5\x1B\x81R`\x04\x01a\x04\x17\x90a\x12iV[a\x04va\x08\x14V[`f\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xC4|\xBC\xC5\x88\xC6vy\xE5\"a\xC4\\\xC3\x15\xE5eb\xF8\xD0\xCC\xAB\xA1o\xAC\xB9\t?\xF9I\x87\x99\x90` \x01[`@Q\x80\x91\x03\x90\xA1PPV[\x80`\x01`\x01`\xA0\x1B\x03\x81\x16;\x15\x15\x80a\x04\xECWP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15[a\x05\x08W`@QbF\x1B\xCD`\xE5\x1B\x81R`\x04\x01a\x04\x17\x90a\x12iV[a\x05\x10a\x08\x14V[`e\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7FN\xAB{\x12|vC\x08x\x86\"6:\xD3\xE9S-\xE3\xDF\xBAxE\xBDO\x84\xC1%\xA2%D%Z\x90` \x01a\x04\xC0V[a\x05fa\x08\x14V[a\x05o_a\x08nV[V[__a\x05{a\x05\xF6V[`\x01a\x05\x86`\xB7T\x90V[a\x05\x90\x91\x90a\x12\xC4V[\x91P\x91P\x90\x91V[_a\x05\xA3\x85\x85a\x05\xD2V[a\x05\xBFW`@QbF\x1B\xCD`\xE5\x1B\x81R`\x04\x01a\x04\x17\x90a\x12\x17V[_\x95\x94PPPPPV[_`\x03[\x90P\x90V[_\x81\x15\x80a\x05\xEDWP`\x01a\x05\xE7\x84\x84a\x08\xBFV[a\xFF\xFF\x16\x14[\x90P[\x92\x91PPV[_a\x05\xCD`\x97a\t\rV[a\x06\ta\x08\x14V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x06nW`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`&`$\x82\x01R\x7FOwnable: new owner is the zero a`D\x82\x01Reddress`\xD0\x1B`d\x82\x01R`\x84\x01a\x04\x17V[a\x06w\x81a\x08nV[PV[a\x06\x82a\x10IV[`@\x80Qa\x04@\x81\x01\x80\x83R\x90\x91`\x97\x91\x83\x91\x82\x01\x90\x83\x90` \x90\x82\x84[\x81T\x81R` \x01\x90`\x01\x01\x90\x80\x83\x11a\x06\xA0WPPP\x91\x83RPP` \x91\x82\x01T\x91\x01R\x91\x90PV[4\x15a\x07!W`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`!`$\x82\x01R\x7FMerkleTreeHook: no value expecte`D\x82\x01R`\x19`\xFA\x1B`d\x82\x01R`\x84\x01a\x04\x17V[_a\x07`\x83\x83\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\t\x1F\x92PPPV[\x90Pa\x07k\x81a\t*V[a\x07\xB7W`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`\x17`$\x82\x01R\x7Fmessage not dispatching\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04\x17V[_a\x07\xC1`\xB7T\x90V[\x90Pa\x07\xCE`\x97\x83a\t\xB3V[`@\x80Q\x83\x81Rc\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x7F%::\x04\xCA\xB7\rG\xC1PH\t$-\x93P\xCD\x81b{O\x1DPu>\x15\x9C\xF8\xCDv\xED3\x91\x01`@Q\x80\x91\x03\x90\xA1PPPPPPV[`3T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x05oW`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01\x81\x90R`$\x82\x01R\x7FOwnable: caller is not the owner`D\x82\x01R`d\x01a\x04\x17V[`3\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x90\x93U`@Q\x91\x16\x91\x90\x82\x90\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x90_\x90\xA3PPV[_a\x08\xCB\x81`\x02a\x12\xE0V[`\xFF\x16\x82\x10\x15a\x08\xDCWP_a\x05\xF0V[\x82_\x83a\x08\xEA\x82`\x02a\x12\xE0V[`\xFF\x16\x92a\x08\xFA\x93\x92\x91\x90a\x12\xF9V[a\t\x03\x91a\x13 V[`\xF0\x1C\x93\x92PPPV[_a\x05\xF0\x82a\t\x1Aa\n\xC4V[a\x0F\x84V[\x80Q` \x90\x91\x01 \x90V[_\x81\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x13O\xBBO`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\x88W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t\xAC\x91\x90a\x13XV[\x14\x92\x91PPV[`\x01a\t\xC1` `\x02a\x14RV[a\t\xCB\x91\x90a\x14]V[\x82` \x01T\x10a\n\x10W`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`\x10`$\x82\x01Ro\x1BY\\\x9A\xDB\x19H\x1D\x1C\x99YH\x19\x9D[\x1B`\x82\x1B`D\x82\x01R`d\x01a\x04\x17V[`\x01\x82` \x01_\x82\x82Ta\n$\x91\x90a\x14pV[\x90\x91UPP` \x82\x01T_[` \x81\x10\x15a\n\xB6W\x81`\x01\x16`\x01\x03a\n_W\x82\x84\x82` \x81\x10a\nWWa\nWa\x14\x83V[\x01UPPPPV[\x83\x81` \x81\x10a\nqWa\nqa\x14\x83V[\x01T`@\x80Q` \x81\x01\x92\x90\x92R\x81\x01\x84\x90R``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x92P`\x02\x82a\n\xAC\x91\x90a\x14\x97V[\x91P`\x01\x01a\n0V[Pa\n\xBFa\x14\xB6V[PPPV[a\n\xCCa\x10hV[_\x81R\x7F\xAD2(\xB6v\xF7\xD3\xCDB\x84\xA5D?\x17\xF1\x96+6\xE4\x91\xB3\n@\xB2@XI\xE5\x97\xBA_\xB5` \x82\x01R\x7F\xB4\xC1\x19Q\x95|o\x8Fd,J\xF6\x1C\xD6\xB2F@\xFE\xC6\xDC\x7F\xC6\x07\xEE\x82\x06\xA9\x9E\x92A\r0`@\x82\x01R\x7F!\xDD\xB9\xA3V\x81\\?\xAC\x10&\xB6\xDE\xC5\xDF1$\xAF\xBA\xDBH\\\x9B\xA5\xA3\xE39\x8A\x04\xB7\xBA\x85``\x82\x01R\x7F\xE5\x87i\xB3*\x1B\xEA\xF1\xEA'7ZD\tZ\r\x1F\xB6d\xCE-\xD3X\xE7\xFC\xBF\xB7\x8C&\xA1\x93D`\x80\x82\x01R\x7F\x0E\xB0\x1E\xBF\xC9\xED'P\x0C\xD4\xDF\xC9y'-\x1F\t\x13\xCC\x9FfT\r~\x80\x05\x81\x11\t\xE1\xCF-`\xA0\x82\x01R\x7F\x88|\"\xBD\x87P\xD3@\x16\xAC<f\xB5\xFF\x10-\xAC\xDDs\xF6\xB0\x14\xE7\x10\xB5\x1E\x80\"\xAF\x9A\x19h`\xC0\x82\x01R\x7F\xFF\xD7\x01W\xE4\x80c\xFC3\xC9z\x05\x0F\x7Fd\x023\xBFdl\xC9\x8D\x95$\xC6\xB9+\xCF:\xB5o\x83`\xE0\x82\x01R\x7F\x98g\xCC_\x7F\x19k\x93\xBA\xE1\xE2~c t$E\xD2\x90\xF2&8'I\x8BT\xFE\xC59\xF7V\xAFa\x01\0\x82\x01R\x7F\xCE\xFA\xD4\xE5\x08\xC0\x98\xB9\xA7\xE1\xD8\xFE\xB1\x99U\xFB\x02\xBA\x96uXPxq\ti\xD3D\x0FPT\xE0a\x01 \x82\x01R\x7F\xF9\xDC>\x7F\xE0\x16\xE0P\xEF\xF2`3O\x18\xA5\xD4\xFE9\x1D\x82\t#\x19\xF5\x96O..\xB7\xC1\xC3\xA5a\x01@\x82\x01R\x7F\xF8\xB1:I\xE2\x82\xF6\t\xC3\x17\xA83\xFB\x8D\x97m\x11Q|W\x1D\x12!\xA2e\xD2Z\xF7x\xEC\xF8\x92a\x01`\x82\x01R\x7F4\x90\xC6\xCE\xEBE\n\xEC\xDC\x82\xE2\x82\x93\x03\x1D\x10\xC7\xD7;\xF8^W\xBF\x04\x1A\x976\n\xA2\xC5\xD9\x9Ca\x01\x80\x82\x01R\x7F\xC1\xDF\x82\xD9\xC4\xB8t\x13\xEA\xE2\xEF\x04\x8F\x94\xB4\xD3UL\xEAs\xD9+\x0Fz\xF9n\x02q\xC6\x91\xE2\xBBa\x01\xA0\x82\x01R\x7F\\g\xAD\xD7\xC6\xCA\xF3\x02%j\xDE\xDFz\xB1\x14\xDA\n\xCF\xE8p\xD4I\xA3\xA4\x89\xF7\x81\xD6Y\xE8\xBE\xCCa\x01\xC0\x82\x01R\x7F\xDA{\xCE\x9FN\x86\x18\xB6\xBD/A2\xCEy\x8C\xDCz`\xE7\xE1F\nr\x99\xE3\xC64*W\x96&\xD2a\x01\xE0\x82\x01R\x7F'3\xE5\x0FRn\xC2\xFA\x19\xA2+1\xE8\xEDP\xF2<\xD1\xFD\xF9L\x91T\xED:v\t\xA2\xF1\xFF\x98\x1Fa\x02\0\x82\x01R\x7F\xE1\xD3\xB5\xC8\x07\xB2\x81\xE4h<\xC6\xD61\\\xF9[\x9A\xDE\x86A\xDE\xFC\xB3#r\xF1\xC1&\xE3\x98\xEFza\x02 \x82\x01R\x7FZ-\xCE\n\x8A\x7Fh\xBBtV\x0F\x8Fq\x83|,.\xBB\xCB\xF7\xFF\xFBB\xAE\x18\x96\xF1?|ty\xA0a\x02@\x82\x01R\x7F\xB4j(\xB6\xF5U@\xF8\x94D\xF6=\xE07\x8E=\x12\x1B\xE0\x9E\x06\xCC\x9D\xED\x1C \xE6Xv\xD3j\xA0a\x02`\x82\x01R\x7F\xC6^\x96EdG\x86\xB6 \xE2\xDD*\xD6H\xDD\xFC\xBFJ~[\x1A:N\xCF\xE7\xF6Fg\xA3\xF0\xB7\xE2a\x02\x80\x82\x01R\x7F\xF4A\x85\x88\xED5\xA2E\x8C\xFF\xEB9\xB9=&\xF1\x8D*\xB1;\xDC\xE6\xAE\xE5\x8E{\x995\x9E\xC2\xDF\xD9a\x02\xA0\x82\x01R\x7FZ\x9C\x16\xDC\0\xD6\xEF\x18\xB7\x93:o\x8D\xC6\\\xCBUfq8wo}\xEA\x10\x10p\xDC\x87\x96\xE3wa\x02\xC0\x82\x01R\x7FM\xF8O@\xAE\x0C\x82)\xD0\xD6\x06\x9E\\\x8F9\xA7\xC2\x99gz\t\xD3g\xFC{\x05\xE3\xBC8\x0E\xE6Ra\x02\xE0\x82\x01R\x7F\xCD\xC7%\x95\xF7L{\x10C\xD0\xE1\xFF\xBA\xB74d\x8C\x83\x8D\xFB\x05'\xD9q\xB6\x02\xBC!l\x96\x19\xEFa\x03\0\x82\x01R\x7F\n\xBFZ\xC9t\xA1\xEDW\xF4\x05\n\xA5\x10\xDD\x9Ct\xF5\x08'{9\xD7\x97;\xB2\xDF\xCC\xC5\xEE\xB0a\x8Da\x03 \x82\x01R\x7F\xB8\xCDt\x04o\xF37\xF0\xA7\xBF,\x8E\x03\xE1\x0Fd,\x18\x86y\x8Dq\x80j\xB1\xE8\x88\xD9\xE5\xEE\x87\xD0a\x03@\x82\x01R\x7F\x83\x8CVU\xCB!\xC6\xCB\x831;Zc\x11u\xDF\xF4\x967r\xCC\xE9\x10\x81\x88\xB3J\xC8|\x81\xC4\x1Ea\x03`\x82\x01R\x7Ff.\xE4\xDD-\xD7\xB2\xBCpya\xB1\xE6F\xC4\x04vi\xDC\xB6XO\r\x8Dw\r\xAF]~}\xEB.a\x03\x80\x82\x01R\x7F8\x8A\xB2\x0E%s\xD1q\xA8\x81\x08\xE7\x9D\x82\x0E\x98\xF2l\x0B\x84\xAA\x8B/J\xA4\x96\x8D\xBB\x81\x8E\xA3\"a\x03\xA0\x82\x01R\x7F\x93#|P\xBAu\xEEH_L\"\xAD\xF2\xF7A@\x0B\xDF\x8Dj\x9C\xC7\xDF~\xCA\xE5v\"\x16e\xD75a\x03\xC0\x82\x01R\x7F\x84H\x81\x8B\xB4\xAEEb\x84\x9E\x94\x9E\x17\xAC\x16\xE0\xBE\x16h\x8E\x15k\\\xF1^\t\x8Cb|\0V\xA9a\x03\xE0\x82\x01R\x90V[` \x82\x01T_\x90\x81[` \x81\x10\x15a\x10AW`\x01\x82\x82\x1C\x16_\x86\x83` \x81\x10a\x0F\xAFWa\x0F\xAFa\x14\x83V[\x01T\x90P\x81`\x01\x03a\x0F\xECW`@\x80Q` \x81\x01\x83\x90R\x90\x81\x01\x86\x90R``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x94Pa\x107V[\x84\x86\x84` \x81\x10a\x0F\xFFWa\x0F\xFFa\x14\x83V[` \x02\x01Q`@Q` \x01a\x10\x1E\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x94P[PP`\x01\x01a\x0F\x8DV[PP\x92\x91PPV[`@Q\x80`@\x01`@R\x80a\x10\\a\x10hV[\x81R` \x01_\x81RP\x90V[`@Q\x80a\x04\0\x01`@R\x80` \x90` \x82\x02\x806\x837P\x91\x92\x91PPV[__\x83`\x1F\x84\x01\x12a\x10\x97W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\xAEW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x10\xC5W__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15a\x10\xDFW__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\xF5W__\xFD[a\x11\x01\x87\x82\x88\x01a\x10\x87V[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x11 W__\xFD[a\x11,\x87\x82\x88\x01a\x10\x87V[\x95\x98\x94\x97P\x95PPPPV[_` \x82\x84\x03\x12\x15a\x11HW__\xFD[\x815`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x11^W__\xFD[\x93\x92PPPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[__` \x83\x85\x03\x12\x15a\x11\xABW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x11\xC1W__\xFD[a\x11\xCD\x85\x82\x86\x01a\x10\x87V[\x90\x96\x90\x95P\x93PPPPV[\x81Qa\x04 \x82\x01\x90\x82_[` \x81\x10\x15a\x12\x03W\x82Q\x82R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01a\x11\xE4V[PPP` \x83\x01Qa\x04\0\x83\x01R\x92\x91PPV[` \x80\x82R`2\x90\x82\x01R\x7FAbstractPostDispatchHook: invali`@\x82\x01Rq\x19\x08\x1BY]\x18Y\x18]\x18H\x1D\x98\\\x9AX[\x9D`r\x1B``\x82\x01R`\x80\x01\x90V[` \x80\x82R`'\x90\x82\x01R\x7FMailboxClient: invalid contract `@\x82\x01Rfsetting`\xC8\x1B``\x82\x01R`\x80\x01\x90V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x05\xF0Wa\x05\xF0a\x12\xB0V[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xF0Wa\x05\xF0a\x12\xB0V[__\x85\x85\x11\x15a\x13\x07W__\xFD[\x83\x86\x11\x15a\x13\x13W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01`\xF0\x1B\x03\x19\x81\x16\x90`\x02\x84\x10\x15a\x13QW`\x01`\x01`\xF0\x1B\x03\x19`\x02\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x13hW__\xFD[PQ\x91\x90PV[`\x01\x81[`\x01\x84\x11\x15a\x13\xAAW\x80\x85\x04\x81\x11\x15a\x13\x8EWa\x13\x8Ea\x12\xB0V[`\x01\x84\x16\x15a\x13\x9CW\x90\x81\x02\x90[`\x01\x93\x90\x93\x1C\x92\x80\x02a\x13sV[\x93P\x93\x91PPV[_\x82a\x13\xC0WP`\x01a\x05\xF0V[\x81a\x13\xCCWP_a\x05\xF0V[\x81`\x01\x81\x14a\x13\xE2W`\x02\x81\x14a\x13\xECWa\x14\x08V[`\x01\x91PPa\x05\xF0V[`\xFF\x84\x11\x15a\x13\xFDWa\x13\xFDa\x12\xB0V[PP`\x01\x82\x1Ba\x05\xF0V[P` \x83\x10a\x013\x83\x10\x16`N\x84\x10`\x0B\x84\x10\x16\x17\x15a\x14+WP\x81\x81\na\x05\xF0V[a\x147_\x19\x84\x84a\x13oV[\x80_\x19\x04\x82\x11\x15a\x14JWa\x14Ja\x12\xB0V[\x02\x93\x92PPPV[_a\x05\xED\x83\x83a\x13\xB2V[\x81\x81\x03\x81\x81\x11\x15a\x05\xF0Wa\x05\xF0a\x12\xB0V[\x80\x82\x01\x80\x82\x11\x15a\x05\xF0Wa\x05\xF0a\x12\xB0V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x82a\x14\xB1WcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[cNH{q`\xE0\x1B_R`\x01`\x04R`$_\xFD",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405260043610610110575f3560e01c8063907c0f921161009d578063e445e7dd11610062578063e445e7dd14610348578063e5320bb91461036e578063ebf0c7171461039d578063f2fde38b146103b1578063fd54b228146103d0575f5ffd5b8063907c0f921461026d57806393c448471461029b578063aaccd230146102d9578063d5438eae146102f8578063de523cf31461032b575f5ffd5b8063715018a6116100e3578063715018a6146101915780637f5a7c7b146101a557806382ea7bfe146101dc5780638d3638f41461021d5780638da5cb5b14610250575f5ffd5b806306661abd14610114578063086011b91461013e5780630e72cc06146101535780633dfd387314610172575b5f5ffd5b34801561011f575f5ffd5b5060b7545b60405163ffffffff90911681526020015b60405180910390f35b61015161014c3660046110cc565b6103f1565b005b34801561015e575f5ffd5b5061015161016d366004611138565b610432565b34801561017d575f5ffd5b5061015161018c366004611138565b6104cc565b34801561019c575f5ffd5b5061015161055e565b3480156101b0575f5ffd5b506065546101c4906001600160a01b031681565b6040516001600160a01b039091168152602001610135565b3480156101e7575f5ffd5b5061020f7f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610135565b348015610228575f5ffd5b506101247f000000000000000000000000000000000000000000000000000000000000000081565b34801561025b575f5ffd5b506033546001600160a01b03166101c4565b348015610278575f5ffd5b50610281610571565b6040805192835263ffffffff909116602083015201610135565b3480156102a6575f5ffd5b506102cc60405180604001604052806006815260200165031322e312e360d41b81525081565b6040516101359190611165565b3480156102e4575f5ffd5b5061020f6102f33660046110cc565b610598565b348015610303575f5ffd5b506101c47f000000000000000000000000000000000000000000000000000000000000000081565b348015610336575f5ffd5b506066546001600160a01b03166101c4565b348015610353575f5ffd5b5061035c6105c9565b60405160ff9091168152602001610135565b348015610379575f5ffd5b5061038d61038836600461119a565b6105d2565b6040519015158152602001610135565b3480156103a8575f5ffd5b5061020f6105f6565b3480156103bc575f5ffd5b506101516103cb366004611138565b610601565b3480156103db575f5ffd5b506103e461067a565b60405161013591906111d9565b6103fb84846105d2565b6104205760405162461bcd60e51b815260040161041790611217565b60405180910390fd5b61042c848484846106c9565b50505050565b806001600160a01b0381163b15158061045257506001600160a01b038116155b61046e5760405162461bcd60e51b815260040161041790611269565b610476610814565b606680546001600160a01b0319166001600160a01b0384169081179091556040519081527fc47cbcc588c67679e52261c45cc315e56562f8d0ccaba16facb9093ff9498799906020015b60405180910390a15050565b806001600160a01b0381163b1515806104ec57506001600160a01b038116155b6105085760405162461bcd60e51b815260040161041790611269565b610510610814565b606580546001600160a01b0319166001600160a01b0384169081179091556040519081527f4eab7b127c764308788622363ad3e9532de3dfba7845bd4f84c125a22544255a906020016104c0565b610566610814565b61056f5f61086e565b565b5f5f61057b6105f6565b600161058660b75490565b61059091906112c4565b915091509091565b5f6105a385856105d2565b6105bf5760405162461bcd60e51b815260040161041790611217565b5f95945050505050565b5f60035b905090565b5f8115806105ed575060016105e784846108bf565b61ffff16145b90505b92915050565b5f6105cd609761090d565b610609610814565b6001600160a01b03811661066e5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201526564647265737360d01b6064820152608401610417565b6106778161086e565b50565b610682611049565b60408051610440810180835290916097918391820190839060209082845b8154815260200190600101908083116106a0575050509183525050602091820154910152919050565b34156107215760405162461bcd60e51b815260206004820152602160248201527f4d65726b6c6554726565486f6f6b3a206e6f2076616c756520657870656374656044820152601960fa1b6064820152608401610417565b5f61076083838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061091f92505050565b905061076b8161092a565b6107b75760405162461bcd60e51b815260206004820152601760248201527f6d657373616765206e6f74206469737061746368696e670000000000000000006044820152606401610417565b5f6107c160b75490565b90506107ce6097836109b3565b6040805183815263ffffffff831660208201527f253a3a04cab70d47c1504809242d9350cd81627b4f1d50753e159cf8cd76ed33910160405180910390a1505050505050565b6033546001600160a01b0316331461056f5760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e65726044820152606401610417565b603380546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f6108cb8160026112e0565b60ff168210156108dc57505f6105f0565b825f836108ea8260026112e0565b60ff16926108fa939291906112f9565b61090391611320565b60f01c9392505050565b5f6105f08261091a610ac4565b610f84565b805160209091012090565b5f817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663134fbb4f6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610988573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ac9190611358565b1492915050565b60016109c160206002611452565b6109cb919061145d565b826020015410610a105760405162461bcd60e51b815260206004820152601060248201526f1b595c9adb19481d1c995948199d5b1b60821b6044820152606401610417565b6001826020015f828254610a249190611470565b909155505060208201545f5b6020811015610ab65781600116600103610a5f5782848260208110610a5757610a57611483565b015550505050565b838160208110610a7157610a71611483565b01546040805160208101929092528101849052606001604051602081830303815290604052805190602001209250600282610aac9190611497565b9150600101610a30565b50610abf6114b6565b505050565b610acc611068565b5f81527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb560208201527fb4c11951957c6f8f642c4af61cd6b24640fec6dc7fc607ee8206a99e92410d3060408201527f21ddb9a356815c3fac1026b6dec5df3124afbadb485c9ba5a3e3398a04b7ba8560608201527fe58769b32a1beaf1ea27375a44095a0d1fb664ce2dd358e7fcbfb78c26a1934460808201527f0eb01ebfc9ed27500cd4dfc979272d1f0913cc9f66540d7e8005811109e1cf2d60a08201527f887c22bd8750d34016ac3c66b5ff102dacdd73f6b014e710b51e8022af9a196860c08201527fffd70157e48063fc33c97a050f7f640233bf646cc98d9524c6b92bcf3ab56f8360e08201527f9867cc5f7f196b93bae1e27e6320742445d290f2263827498b54fec539f756af6101008201527fcefad4e508c098b9a7e1d8feb19955fb02ba9675585078710969d3440f5054e06101208201527ff9dc3e7fe016e050eff260334f18a5d4fe391d82092319f5964f2e2eb7c1c3a56101408201527ff8b13a49e282f609c317a833fb8d976d11517c571d1221a265d25af778ecf8926101608201527f3490c6ceeb450aecdc82e28293031d10c7d73bf85e57bf041a97360aa2c5d99c6101808201527fc1df82d9c4b87413eae2ef048f94b4d3554cea73d92b0f7af96e0271c691e2bb6101a08201527f5c67add7c6caf302256adedf7ab114da0acfe870d449a3a489f781d659e8becc6101c08201527fda7bce9f4e8618b6bd2f4132ce798cdc7a60e7e1460a7299e3c6342a579626d26101e08201527f2733e50f526ec2fa19a22b31e8ed50f23cd1fdf94c9154ed3a7609a2f1ff981f6102008201527fe1d3b5c807b281e4683cc6d6315cf95b9ade8641defcb32372f1c126e398ef7a6102208201527f5a2dce0a8a7f68bb74560f8f71837c2c2ebbcbf7fffb42ae1896f13f7c7479a06102408201527fb46a28b6f55540f89444f63de0378e3d121be09e06cc9ded1c20e65876d36aa06102608201527fc65e9645644786b620e2dd2ad648ddfcbf4a7e5b1a3a4ecfe7f64667a3f0b7e26102808201527ff4418588ed35a2458cffeb39b93d26f18d2ab13bdce6aee58e7b99359ec2dfd96102a08201527f5a9c16dc00d6ef18b7933a6f8dc65ccb55667138776f7dea101070dc8796e3776102c08201527f4df84f40ae0c8229d0d6069e5c8f39a7c299677a09d367fc7b05e3bc380ee6526102e08201527fcdc72595f74c7b1043d0e1ffbab734648c838dfb0527d971b602bc216c9619ef6103008201527f0abf5ac974a1ed57f4050aa510dd9c74f508277b39d7973bb2dfccc5eeb0618d6103208201527fb8cd74046ff337f0a7bf2c8e03e10f642c1886798d71806ab1e888d9e5ee87d06103408201527f838c5655cb21c6cb83313b5a631175dff4963772cce9108188b34ac87c81c41e6103608201527f662ee4dd2dd7b2bc707961b1e646c4047669dcb6584f0d8d770daf5d7e7deb2e6103808201527f388ab20e2573d171a88108e79d820e98f26c0b84aa8b2f4aa4968dbb818ea3226103a08201527f93237c50ba75ee485f4c22adf2f741400bdf8d6a9cc7df7ecae576221665d7356103c08201527f8448818bb4ae4562849e949e17ac16e0be16688e156b5cf15e098c627c0056a96103e082015290565b60208201545f90815b602081101561104157600182821c165f868360208110610faf57610faf611483565b0154905081600103610fec576040805160208101839052908101869052606001604051602081830303815290604052805190602001209450611037565b84868460208110610fff57610fff611483565b602002015160405160200161101e929190918252602082015260400190565b6040516020818303038152906040528051906020012094505b5050600101610f8d565b505092915050565b604051806040016040528061105c611068565b81526020015f81525090565b6040518061040001604052806020906020820280368337509192915050565b5f5f83601f840112611097575f5ffd5b50813567ffffffffffffffff8111156110ae575f5ffd5b6020830191508360208285010111156110c5575f5ffd5b9250929050565b5f5f5f5f604085870312156110df575f5ffd5b843567ffffffffffffffff8111156110f5575f5ffd5b61110187828801611087565b909550935050602085013567ffffffffffffffff811115611120575f5ffd5b61112c87828801611087565b95989497509550505050565b5f60208284031215611148575f5ffd5b81356001600160a01b038116811461115e575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f602083850312156111ab575f5ffd5b823567ffffffffffffffff8111156111c1575f5ffd5b6111cd85828601611087565b90969095509350505050565b8151610420820190825f5b60208110156112035782518252602092830192909101906001016111e4565b505050602083015161040083015292915050565b60208082526032908201527f4162737472616374506f73744469737061746368486f6f6b3a20696e76616c6960408201527119081b595d1859185d18481d985c9a585b9d60721b606082015260800190565b60208082526027908201527f4d61696c626f78436c69656e743a20696e76616c696420636f6e74726163742060408201526673657474696e6760c81b606082015260800190565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff82811682821603908111156105f0576105f06112b0565b60ff81811683821601908111156105f0576105f06112b0565b5f5f85851115611307575f5ffd5b83861115611313575f5ffd5b5050820193919092039150565b80356001600160f01b03198116906002841015611351576001600160f01b0319600285900360031b81901b82161691505b5092915050565b5f60208284031215611368575f5ffd5b5051919050565b6001815b60018411156113aa5780850481111561138e5761138e6112b0565b600184161561139c57908102905b60019390931c928002611373565b935093915050565b5f826113c0575060016105f0565b816113cc57505f6105f0565b81600181146113e257600281146113ec57611408565b60019150506105f0565b60ff8411156113fd576113fd6112b0565b50506001821b6105f0565b5060208310610133831016604e8410600b841016171561142b575081810a6105f0565b6114375f19848461136f565b805f190482111561144a5761144a6112b0565b029392505050565b5f6105ed83836113b2565b818103818111156105f0576105f06112b0565b808201808211156105f0576105f06112b0565b634e487b7160e01b5f52603260045260245ffd5b5f826114b157634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52600160045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x01\x10W_5`\xE0\x1C\x80c\x90|\x0F\x92\x11a\0\x9DW\x80c\xE4E\xE7\xDD\x11a\0bW\x80c\xE4E\xE7\xDD\x14a\x03HW\x80c\xE52\x0B\xB9\x14a\x03nW\x80c\xEB\xF0\xC7\x17\x14a\x03\x9DW\x80c\xF2\xFD\xE3\x8B\x14a\x03\xB1W\x80c\xFDT\xB2(\x14a\x03\xD0W__\xFD[\x80c\x90|\x0F\x92\x14a\x02mW\x80c\x93\xC4HG\x14a\x02\x9BW\x80c\xAA\xCC\xD20\x14a\x02\xD9W\x80c\xD5C\x8E\xAE\x14a\x02\xF8W\x80c\xDER<\xF3\x14a\x03+W__\xFD[\x80cqP\x18\xA6\x11a\0\xE3W\x80cqP\x18\xA6\x14a\x01\x91W\x80c\x7FZ|{\x14a\x01\xA5W\x80c\x82\xEA{\xFE\x14a\x01\xDCW\x80c\x8D68\xF4\x14a\x02\x1DW\x80c\x8D\xA5\xCB[\x14a\x02PW__\xFD[\x80c\x06f\x1A\xBD\x14a\x01\x14W\x80c\x08`\x11\xB9\x14a\x01>W\x80c\x0Er\xCC\x06\x14a\x01SW\x80c=\xFD8s\x14a\x01rW[__\xFD[4\x80\x15a\x01\x1FW__\xFD[P`\xB7T[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01Qa\x01L6`\x04a\x10\xCCV[a\x03\xF1V[\0[4\x80\x15a\x01^W__\xFD[Pa\x01Qa\x01m6`\x04a\x118V[a\x042V[4\x80\x15a\x01}W__\xFD[Pa\x01Qa\x01\x8C6`\x04a\x118V[a\x04\xCCV[4\x80\x15a\x01\x9CW__\xFD[Pa\x01Qa\x05^V[4\x80\x15a\x01\xB0W__\xFD[P`eTa\x01\xC4\x90`\x01`\x01`\xA0\x1B\x03\x16\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x015V[4\x80\x15a\x01\xE7W__\xFD[Pa\x02\x0F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q\x90\x81R` \x01a\x015V[4\x80\x15a\x02(W__\xFD[Pa\x01$\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02[W__\xFD[P`3T`\x01`\x01`\xA0\x1B\x03\x16a\x01\xC4V[4\x80\x15a\x02xW__\xFD[Pa\x02\x81a\x05qV[`@\x80Q\x92\x83Rc\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x015V[4\x80\x15a\x02\xA6W__\xFD[Pa\x02\xCC`@Q\x80`@\x01`@R\x80`\x06\x81R` \x01e\x03\x13\"\xE3\x12\xE3`\xD4\x1B\x81RP\x81V[`@Qa\x015\x91\x90a\x11eV[4\x80\x15a\x02\xE4W__\xFD[Pa\x02\x0Fa\x02\xF36`\x04a\x10\xCCV[a\x05\x98V[4\x80\x15a\x03\x03W__\xFD[Pa\x01\xC4\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x036W__\xFD[P`fT`\x01`\x01`\xA0\x1B\x03\x16a\x01\xC4V[4\x80\x15a\x03SW__\xFD[Pa\x03\\a\x05\xC9V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x015V[4\x80\x15a\x03yW__\xFD[Pa\x03\x8Da\x03\x886`\x04a\x11\x9AV[a\x05\xD2V[`@Q\x90\x15\x15\x81R` \x01a\x015V[4\x80\x15a\x03\xA8W__\xFD[Pa\x02\x0Fa\x05\xF6V[4\x80\x15a\x03\xBCW__\xFD[Pa\x01Qa\x03\xCB6`\x04a\x118V[a\x06\x01V[4\x80\x15a\x03\xDBW__\xFD[Pa\x03\xE4a\x06zV[`@Qa\x015\x91\x90a\x11\xD9V[a\x03\xFB\x84\x84a\x05\xD2V[a\x04 W`@QbF\x1B\xCD`\xE5\x1B\x81R`\x04\x01a\x04\x17\x90a\x12\x17V[`@Q\x80\x91\x03\x90\xFD[a\x04,\x84\x84\x84\x84a\x06\xC9V[PPPPV[\x80`\x01`\x01`\xA0\x1B\x03\x81\x16;\x15\x15\x80a\x04RWP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15[a\x04nW`@QbF\x1B\xCD`\xE5\x1B\x81R`\x04\x01a\x04\x17\x90a\x12iV[a\x04va\x08\x14V[`f\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7F\xC4|\xBC\xC5\x88\xC6vy\xE5\"a\xC4\\\xC3\x15\xE5eb\xF8\xD0\xCC\xAB\xA1o\xAC\xB9\t?\xF9I\x87\x99\x90` \x01[`@Q\x80\x91\x03\x90\xA1PPV[\x80`\x01`\x01`\xA0\x1B\x03\x81\x16;\x15\x15\x80a\x04\xECWP`\x01`\x01`\xA0\x1B\x03\x81\x16\x15[a\x05\x08W`@QbF\x1B\xCD`\xE5\x1B\x81R`\x04\x01a\x04\x17\x90a\x12iV[a\x05\x10a\x08\x14V[`e\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x84\x16\x90\x81\x17\x90\x91U`@Q\x90\x81R\x7FN\xAB{\x12|vC\x08x\x86\"6:\xD3\xE9S-\xE3\xDF\xBAxE\xBDO\x84\xC1%\xA2%D%Z\x90` \x01a\x04\xC0V[a\x05fa\x08\x14V[a\x05o_a\x08nV[V[__a\x05{a\x05\xF6V[`\x01a\x05\x86`\xB7T\x90V[a\x05\x90\x91\x90a\x12\xC4V[\x91P\x91P\x90\x91V[_a\x05\xA3\x85\x85a\x05\xD2V[a\x05\xBFW`@QbF\x1B\xCD`\xE5\x1B\x81R`\x04\x01a\x04\x17\x90a\x12\x17V[_\x95\x94PPPPPV[_`\x03[\x90P\x90V[_\x81\x15\x80a\x05\xEDWP`\x01a\x05\xE7\x84\x84a\x08\xBFV[a\xFF\xFF\x16\x14[\x90P[\x92\x91PPV[_a\x05\xCD`\x97a\t\rV[a\x06\ta\x08\x14V[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x06nW`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`&`$\x82\x01R\x7FOwnable: new owner is the zero a`D\x82\x01Reddress`\xD0\x1B`d\x82\x01R`\x84\x01a\x04\x17V[a\x06w\x81a\x08nV[PV[a\x06\x82a\x10IV[`@\x80Qa\x04@\x81\x01\x80\x83R\x90\x91`\x97\x91\x83\x91\x82\x01\x90\x83\x90` \x90\x82\x84[\x81T\x81R` \x01\x90`\x01\x01\x90\x80\x83\x11a\x06\xA0WPPP\x91\x83RPP` \x91\x82\x01T\x91\x01R\x91\x90PV[4\x15a\x07!W`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`!`$\x82\x01R\x7FMerkleTreeHook: no value expecte`D\x82\x01R`\x19`\xFA\x1B`d\x82\x01R`\x84\x01a\x04\x17V[_a\x07`\x83\x83\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\t\x1F\x92PPPV[\x90Pa\x07k\x81a\t*V[a\x07\xB7W`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`\x17`$\x82\x01R\x7Fmessage not dispatching\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x04\x17V[_a\x07\xC1`\xB7T\x90V[\x90Pa\x07\xCE`\x97\x83a\t\xB3V[`@\x80Q\x83\x81Rc\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x7F%::\x04\xCA\xB7\rG\xC1PH\t$-\x93P\xCD\x81b{O\x1DPu>\x15\x9C\xF8\xCDv\xED3\x91\x01`@Q\x80\x91\x03\x90\xA1PPPPPPV[`3T`\x01`\x01`\xA0\x1B\x03\x163\x14a\x05oW`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01\x81\x90R`$\x82\x01R\x7FOwnable: caller is not the owner`D\x82\x01R`d\x01a\x04\x17V[`3\x80T`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`\x01`\x01`\xA0\x1B\x03\x19\x83\x16\x81\x17\x90\x93U`@Q\x91\x16\x91\x90\x82\x90\x7F\x8B\xE0\x07\x9CS\x16Y\x14\x13D\xCD\x1F\xD0\xA4\xF2\x84\x19I\x7F\x97\"\xA3\xDA\xAF\xE3\xB4\x18okdW\xE0\x90_\x90\xA3PPV[_a\x08\xCB\x81`\x02a\x12\xE0V[`\xFF\x16\x82\x10\x15a\x08\xDCWP_a\x05\xF0V[\x82_\x83a\x08\xEA\x82`\x02a\x12\xE0V[`\xFF\x16\x92a\x08\xFA\x93\x92\x91\x90a\x12\xF9V[a\t\x03\x91a\x13 V[`\xF0\x1C\x93\x92PPPV[_a\x05\xF0\x82a\t\x1Aa\n\xC4V[a\x0F\x84V[\x80Q` \x90\x91\x01 \x90V[_\x81\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x13O\xBBO`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\x88W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t\xAC\x91\x90a\x13XV[\x14\x92\x91PPV[`\x01a\t\xC1` `\x02a\x14RV[a\t\xCB\x91\x90a\x14]V[\x82` \x01T\x10a\n\x10W`@QbF\x1B\xCD`\xE5\x1B\x81R` `\x04\x82\x01R`\x10`$\x82\x01Ro\x1BY\\\x9A\xDB\x19H\x1D\x1C\x99YH\x19\x9D[\x1B`\x82\x1B`D\x82\x01R`d\x01a\x04\x17V[`\x01\x82` \x01_\x82\x82Ta\n$\x91\x90a\x14pV[\x90\x91UPP` \x82\x01T_[` \x81\x10\x15a\n\xB6W\x81`\x01\x16`\x01\x03a\n_W\x82\x84\x82` \x81\x10a\nWWa\nWa\x14\x83V[\x01UPPPPV[\x83\x81` \x81\x10a\nqWa\nqa\x14\x83V[\x01T`@\x80Q` \x81\x01\x92\x90\x92R\x81\x01\x84\x90R``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x92P`\x02\x82a\n\xAC\x91\x90a\x14\x97V[\x91P`\x01\x01a\n0V[Pa\n\xBFa\x14\xB6V[PPPV[a\n\xCCa\x10hV[_\x81R\x7F\xAD2(\xB6v\xF7\xD3\xCDB\x84\xA5D?\x17\xF1\x96+6\xE4\x91\xB3\n@\xB2@XI\xE5\x97\xBA_\xB5` \x82\x01R\x7F\xB4\xC1\x19Q\x95|o\x8Fd,J\xF6\x1C\xD6\xB2F@\xFE\xC6\xDC\x7F\xC6\x07\xEE\x82\x06\xA9\x9E\x92A\r0`@\x82\x01R\x7F!\xDD\xB9\xA3V\x81\\?\xAC\x10&\xB6\xDE\xC5\xDF1$\xAF\xBA\xDBH\\\x9B\xA5\xA3\xE39\x8A\x04\xB7\xBA\x85``\x82\x01R\x7F\xE5\x87i\xB3*\x1B\xEA\xF1\xEA'7ZD\tZ\r\x1F\xB6d\xCE-\xD3X\xE7\xFC\xBF\xB7\x8C&\xA1\x93D`\x80\x82\x01R\x7F\x0E\xB0\x1E\xBF\xC9\xED'P\x0C\xD4\xDF\xC9y'-\x1F\t\x13\xCC\x9FfT\r~\x80\x05\x81\x11\t\xE1\xCF-`\xA0\x82\x01R\x7F\x88|\"\xBD\x87P\xD3@\x16\xAC<f\xB5\xFF\x10-\xAC\xDDs\xF6\xB0\x14\xE7\x10\xB5\x1E\x80\"\xAF\x9A\x19h`\xC0\x82\x01R\x7F\xFF\xD7\x01W\xE4\x80c\xFC3\xC9z\x05\x0F\x7Fd\x023\xBFdl\xC9\x8D\x95$\xC6\xB9+\xCF:\xB5o\x83`\xE0\x82\x01R\x7F\x98g\xCC_\x7F\x19k\x93\xBA\xE1\xE2~c t$E\xD2\x90\xF2&8'I\x8BT\xFE\xC59\xF7V\xAFa\x01\0\x82\x01R\x7F\xCE\xFA\xD4\xE5\x08\xC0\x98\xB9\xA7\xE1\xD8\xFE\xB1\x99U\xFB\x02\xBA\x96uXPxq\ti\xD3D\x0FPT\xE0a\x01 \x82\x01R\x7F\xF9\xDC>\x7F\xE0\x16\xE0P\xEF\xF2`3O\x18\xA5\xD4\xFE9\x1D\x82\t#\x19\xF5\x96O..\xB7\xC1\xC3\xA5a\x01@\x82\x01R\x7F\xF8\xB1:I\xE2\x82\xF6\t\xC3\x17\xA83\xFB\x8D\x97m\x11Q|W\x1D\x12!\xA2e\xD2Z\xF7x\xEC\xF8\x92a\x01`\x82\x01R\x7F4\x90\xC6\xCE\xEBE\n\xEC\xDC\x82\xE2\x82\x93\x03\x1D\x10\xC7\xD7;\xF8^W\xBF\x04\x1A\x976\n\xA2\xC5\xD9\x9Ca\x01\x80\x82\x01R\x7F\xC1\xDF\x82\xD9\xC4\xB8t\x13\xEA\xE2\xEF\x04\x8F\x94\xB4\xD3UL\xEAs\xD9+\x0Fz\xF9n\x02q\xC6\x91\xE2\xBBa\x01\xA0\x82\x01R\x7F\\g\xAD\xD7\xC6\xCA\xF3\x02%j\xDE\xDFz\xB1\x14\xDA\n\xCF\xE8p\xD4I\xA3\xA4\x89\xF7\x81\xD6Y\xE8\xBE\xCCa\x01\xC0\x82\x01R\x7F\xDA{\xCE\x9FN\x86\x18\xB6\xBD/A2\xCEy\x8C\xDCz`\xE7\xE1F\nr\x99\xE3\xC64*W\x96&\xD2a\x01\xE0\x82\x01R\x7F'3\xE5\x0FRn\xC2\xFA\x19\xA2+1\xE8\xEDP\xF2<\xD1\xFD\xF9L\x91T\xED:v\t\xA2\xF1\xFF\x98\x1Fa\x02\0\x82\x01R\x7F\xE1\xD3\xB5\xC8\x07\xB2\x81\xE4h<\xC6\xD61\\\xF9[\x9A\xDE\x86A\xDE\xFC\xB3#r\xF1\xC1&\xE3\x98\xEFza\x02 \x82\x01R\x7FZ-\xCE\n\x8A\x7Fh\xBBtV\x0F\x8Fq\x83|,.\xBB\xCB\xF7\xFF\xFBB\xAE\x18\x96\xF1?|ty\xA0a\x02@\x82\x01R\x7F\xB4j(\xB6\xF5U@\xF8\x94D\xF6=\xE07\x8E=\x12\x1B\xE0\x9E\x06\xCC\x9D\xED\x1C \xE6Xv\xD3j\xA0a\x02`\x82\x01R\x7F\xC6^\x96EdG\x86\xB6 \xE2\xDD*\xD6H\xDD\xFC\xBFJ~[\x1A:N\xCF\xE7\xF6Fg\xA3\xF0\xB7\xE2a\x02\x80\x82\x01R\x7F\xF4A\x85\x88\xED5\xA2E\x8C\xFF\xEB9\xB9=&\xF1\x8D*\xB1;\xDC\xE6\xAE\xE5\x8E{\x995\x9E\xC2\xDF\xD9a\x02\xA0\x82\x01R\x7FZ\x9C\x16\xDC\0\xD6\xEF\x18\xB7\x93:o\x8D\xC6\\\xCBUfq8wo}\xEA\x10\x10p\xDC\x87\x96\xE3wa\x02\xC0\x82\x01R\x7FM\xF8O@\xAE\x0C\x82)\xD0\xD6\x06\x9E\\\x8F9\xA7\xC2\x99gz\t\xD3g\xFC{\x05\xE3\xBC8\x0E\xE6Ra\x02\xE0\x82\x01R\x7F\xCD\xC7%\x95\xF7L{\x10C\xD0\xE1\xFF\xBA\xB74d\x8C\x83\x8D\xFB\x05'\xD9q\xB6\x02\xBC!l\x96\x19\xEFa\x03\0\x82\x01R\x7F\n\xBFZ\xC9t\xA1\xEDW\xF4\x05\n\xA5\x10\xDD\x9Ct\xF5\x08'{9\xD7\x97;\xB2\xDF\xCC\xC5\xEE\xB0a\x8Da\x03 \x82\x01R\x7F\xB8\xCDt\x04o\xF37\xF0\xA7\xBF,\x8E\x03\xE1\x0Fd,\x18\x86y\x8Dq\x80j\xB1\xE8\x88\xD9\xE5\xEE\x87\xD0a\x03@\x82\x01R\x7F\x83\x8CVU\xCB!\xC6\xCB\x831;Zc\x11u\xDF\xF4\x967r\xCC\xE9\x10\x81\x88\xB3J\xC8|\x81\xC4\x1Ea\x03`\x82\x01R\x7Ff.\xE4\xDD-\xD7\xB2\xBCpya\xB1\xE6F\xC4\x04vi\xDC\xB6XO\r\x8Dw\r\xAF]~}\xEB.a\x03\x80\x82\x01R\x7F8\x8A\xB2\x0E%s\xD1q\xA8\x81\x08\xE7\x9D\x82\x0E\x98\xF2l\x0B\x84\xAA\x8B/J\xA4\x96\x8D\xBB\x81\x8E\xA3\"a\x03\xA0\x82\x01R\x7F\x93#|P\xBAu\xEEH_L\"\xAD\xF2\xF7A@\x0B\xDF\x8Dj\x9C\xC7\xDF~\xCA\xE5v\"\x16e\xD75a\x03\xC0\x82\x01R\x7F\x84H\x81\x8B\xB4\xAEEb\x84\x9E\x94\x9E\x17\xAC\x16\xE0\xBE\x16h\x8E\x15k\\\xF1^\t\x8Cb|\0V\xA9a\x03\xE0\x82\x01R\x90V[` \x82\x01T_\x90\x81[` \x81\x10\x15a\x10AW`\x01\x82\x82\x1C\x16_\x86\x83` \x81\x10a\x0F\xAFWa\x0F\xAFa\x14\x83V[\x01T\x90P\x81`\x01\x03a\x0F\xECW`@\x80Q` \x81\x01\x83\x90R\x90\x81\x01\x86\x90R``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x94Pa\x107V[\x84\x86\x84` \x81\x10a\x0F\xFFWa\x0F\xFFa\x14\x83V[` \x02\x01Q`@Q` \x01a\x10\x1E\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x94P[PP`\x01\x01a\x0F\x8DV[PP\x92\x91PPV[`@Q\x80`@\x01`@R\x80a\x10\\a\x10hV[\x81R` \x01_\x81RP\x90V[`@Q\x80a\x04\0\x01`@R\x80` \x90` \x82\x02\x806\x837P\x91\x92\x91PPV[__\x83`\x1F\x84\x01\x12a\x10\x97W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\xAEW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x10\xC5W__\xFD[\x92P\x92\x90PV[____`@\x85\x87\x03\x12\x15a\x10\xDFW__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\xF5W__\xFD[a\x11\x01\x87\x82\x88\x01a\x10\x87V[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x11 W__\xFD[a\x11,\x87\x82\x88\x01a\x10\x87V[\x95\x98\x94\x97P\x95PPPPV[_` \x82\x84\x03\x12\x15a\x11HW__\xFD[\x815`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x11^W__\xFD[\x93\x92PPPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[__` \x83\x85\x03\x12\x15a\x11\xABW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x11\xC1W__\xFD[a\x11\xCD\x85\x82\x86\x01a\x10\x87V[\x90\x96\x90\x95P\x93PPPPV[\x81Qa\x04 \x82\x01\x90\x82_[` \x81\x10\x15a\x12\x03W\x82Q\x82R` \x92\x83\x01\x92\x90\x91\x01\x90`\x01\x01a\x11\xE4V[PPP` \x83\x01Qa\x04\0\x83\x01R\x92\x91PPV[` \x80\x82R`2\x90\x82\x01R\x7FAbstractPostDispatchHook: invali`@\x82\x01Rq\x19\x08\x1BY]\x18Y\x18]\x18H\x1D\x98\\\x9AX[\x9D`r\x1B``\x82\x01R`\x80\x01\x90V[` \x80\x82R`'\x90\x82\x01R\x7FMailboxClient: invalid contract `@\x82\x01Rfsetting`\xC8\x1B``\x82\x01R`\x80\x01\x90V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x05\xF0Wa\x05\xF0a\x12\xB0V[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x05\xF0Wa\x05\xF0a\x12\xB0V[__\x85\x85\x11\x15a\x13\x07W__\xFD[\x83\x86\x11\x15a\x13\x13W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805`\x01`\x01`\xF0\x1B\x03\x19\x81\x16\x90`\x02\x84\x10\x15a\x13QW`\x01`\x01`\xF0\x1B\x03\x19`\x02\x85\x90\x03`\x03\x1B\x81\x90\x1B\x82\x16\x16\x91P[P\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x13hW__\xFD[PQ\x91\x90PV[`\x01\x81[`\x01\x84\x11\x15a\x13\xAAW\x80\x85\x04\x81\x11\x15a\x13\x8EWa\x13\x8Ea\x12\xB0V[`\x01\x84\x16\x15a\x13\x9CW\x90\x81\x02\x90[`\x01\x93\x90\x93\x1C\x92\x80\x02a\x13sV[\x93P\x93\x91PPV[_\x82a\x13\xC0WP`\x01a\x05\xF0V[\x81a\x13\xCCWP_a\x05\xF0V[\x81`\x01\x81\x14a\x13\xE2W`\x02\x81\x14a\x13\xECWa\x14\x08V[`\x01\x91PPa\x05\xF0V[`\xFF\x84\x11\x15a\x13\xFDWa\x13\xFDa\x12\xB0V[PP`\x01\x82\x1Ba\x05\xF0V[P` \x83\x10a\x013\x83\x10\x16`N\x84\x10`\x0B\x84\x10\x16\x17\x15a\x14+WP\x81\x81\na\x05\xF0V[a\x147_\x19\x84\x84a\x13oV[\x80_\x19\x04\x82\x11\x15a\x14JWa\x14Ja\x12\xB0V[\x02\x93\x92PPPV[_a\x05\xED\x83\x83a\x13\xB2V[\x81\x81\x03\x81\x81\x11\x15a\x05\xF0Wa\x05\xF0a\x12\xB0V[\x80\x82\x01\x80\x82\x11\x15a\x05\xF0Wa\x05\xF0a\x12\xB0V[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x82a\x14\xB1WcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[cNH{q`\xE0\x1B_R`\x01`\x04R`$_\xFD",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `HookSet(address)` and selector `0x4eab7b127c764308788622363ad3e9532de3dfba7845bd4f84c125a22544255a`.
```solidity
event HookSet(address _hook);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct HookSet {
        #[allow(missing_docs)]
        pub _hook: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for HookSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "HookSet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                78u8, 171u8, 123u8, 18u8, 124u8, 118u8, 67u8, 8u8, 120u8, 134u8, 34u8,
                54u8, 58u8, 211u8, 233u8, 83u8, 45u8, 227u8, 223u8, 186u8, 120u8, 69u8,
                189u8, 79u8, 132u8, 193u8, 37u8, 162u8, 37u8, 68u8, 37u8, 90u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { _hook: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._hook,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for HookSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&HookSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &HookSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Initialized(uint8)` and selector `0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498`.
```solidity
event Initialized(uint8 version);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Initialized {
        #[allow(missing_docs)]
        pub version: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Initialized {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "Initialized(uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                127u8, 38u8, 184u8, 63u8, 249u8, 110u8, 31u8, 43u8, 106u8, 104u8, 47u8,
                19u8, 56u8, 82u8, 246u8, 121u8, 138u8, 9u8, 196u8, 101u8, 218u8, 149u8,
                146u8, 20u8, 96u8, 206u8, 251u8, 56u8, 71u8, 64u8, 36u8, 152u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { version: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Initialized {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Initialized> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Initialized) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `InsertedIntoTree(bytes32,uint32)` and selector `0x253a3a04cab70d47c1504809242d9350cd81627b4f1d50753e159cf8cd76ed33`.
```solidity
event InsertedIntoTree(bytes32 messageId, uint32 index);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct InsertedIntoTree {
        #[allow(missing_docs)]
        pub messageId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub index: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for InsertedIntoTree {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "InsertedIntoTree(bytes32,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                37u8, 58u8, 58u8, 4u8, 202u8, 183u8, 13u8, 71u8, 193u8, 80u8, 72u8, 9u8,
                36u8, 45u8, 147u8, 80u8, 205u8, 129u8, 98u8, 123u8, 79u8, 29u8, 80u8,
                117u8, 62u8, 21u8, 156u8, 248u8, 205u8, 118u8, 237u8, 51u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    messageId: data.0,
                    index: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.messageId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.index),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for InsertedIntoTree {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&InsertedIntoTree> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &InsertedIntoTree) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `IsmSet(address)` and selector `0xc47cbcc588c67679e52261c45cc315e56562f8d0ccaba16facb9093ff9498799`.
```solidity
event IsmSet(address _ism);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct IsmSet {
        #[allow(missing_docs)]
        pub _ism: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for IsmSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "IsmSet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                196u8, 124u8, 188u8, 197u8, 136u8, 198u8, 118u8, 121u8, 229u8, 34u8,
                97u8, 196u8, 92u8, 195u8, 21u8, 229u8, 101u8, 98u8, 248u8, 208u8, 204u8,
                171u8, 161u8, 111u8, 172u8, 185u8, 9u8, 63u8, 249u8, 73u8, 135u8, 153u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { _ism: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._ism,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for IsmSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&IsmSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &IsmSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OwnershipTransferred(address,address)` and selector `0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0`.
```solidity
event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OwnershipTransferred {
        #[allow(missing_docs)]
        pub previousOwner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OwnershipTransferred {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OwnershipTransferred(address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    previousOwner: topics.1,
                    newOwner: topics.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.previousOwner.clone(),
                    self.newOwner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousOwner,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newOwner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OwnershipTransferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OwnershipTransferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OwnershipTransferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address _mailbox);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub _mailbox: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value._mailbox,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _mailbox: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._mailbox,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `PACKAGE_VERSION()` and selector `0x93c44847`.
```solidity
function PACKAGE_VERSION() external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PACKAGE_VERSIONCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`PACKAGE_VERSION()`](PACKAGE_VERSIONCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PACKAGE_VERSIONReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<PACKAGE_VERSIONCall> for UnderlyingRustTuple<'_> {
                fn from(value: PACKAGE_VERSIONCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for PACKAGE_VERSIONCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<PACKAGE_VERSIONReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: PACKAGE_VERSIONReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for PACKAGE_VERSIONReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for PACKAGE_VERSIONCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PACKAGE_VERSION()";
            const SELECTOR: [u8; 4] = [147u8, 196u8, 72u8, 71u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: PACKAGE_VERSIONReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: PACKAGE_VERSIONReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `count()` and selector `0x06661abd`.
```solidity
function count() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct countCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`count()`](countCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct countReturn {
        #[allow(missing_docs)]
        pub _0: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<countCall> for UnderlyingRustTuple<'_> {
                fn from(value: countCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for countCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<countReturn> for UnderlyingRustTuple<'_> {
                fn from(value: countReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for countReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for countCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "count()";
            const SELECTOR: [u8; 4] = [6u8, 102u8, 26u8, 189u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: countReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: countReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `deployedBlock()` and selector `0x82ea7bfe`.
```solidity
function deployedBlock() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deployedBlockCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`deployedBlock()`](deployedBlockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct deployedBlockReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<deployedBlockCall> for UnderlyingRustTuple<'_> {
                fn from(value: deployedBlockCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for deployedBlockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<deployedBlockReturn> for UnderlyingRustTuple<'_> {
                fn from(value: deployedBlockReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for deployedBlockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for deployedBlockCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "deployedBlock()";
            const SELECTOR: [u8; 4] = [130u8, 234u8, 123u8, 254u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: deployedBlockReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: deployedBlockReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hook()` and selector `0x7f5a7c7b`.
```solidity
function hook() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hookCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hook()`](hookCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hookReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hookCall> for UnderlyingRustTuple<'_> {
                fn from(value: hookCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hookCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hookReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hookReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hookReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hookCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hook()";
            const SELECTOR: [u8; 4] = [127u8, 90u8, 124u8, 123u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hookReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hookReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `hookType()` and selector `0xe445e7dd`.
```solidity
function hookType() external pure returns (uint8);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hookTypeCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hookType()`](hookTypeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hookTypeReturn {
        #[allow(missing_docs)]
        pub _0: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hookTypeCall> for UnderlyingRustTuple<'_> {
                fn from(value: hookTypeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hookTypeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<hookTypeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hookTypeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hookTypeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hookTypeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hookType()";
            const SELECTOR: [u8; 4] = [228u8, 69u8, 231u8, 221u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: hookTypeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: hookTypeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `interchainSecurityModule()` and selector `0xde523cf3`.
```solidity
function interchainSecurityModule() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct interchainSecurityModuleCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`interchainSecurityModule()`](interchainSecurityModuleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct interchainSecurityModuleReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<interchainSecurityModuleCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: interchainSecurityModuleCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for interchainSecurityModuleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<interchainSecurityModuleReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: interchainSecurityModuleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for interchainSecurityModuleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for interchainSecurityModuleCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "interchainSecurityModule()";
            const SELECTOR: [u8; 4] = [222u8, 82u8, 60u8, 243u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: interchainSecurityModuleReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: interchainSecurityModuleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `latestCheckpoint()` and selector `0x907c0f92`.
```solidity
function latestCheckpoint() external view returns (bytes32, uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct latestCheckpointCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`latestCheckpoint()`](latestCheckpointCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct latestCheckpointReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub _1: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<latestCheckpointCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: latestCheckpointCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for latestCheckpointCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u32,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<latestCheckpointReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: latestCheckpointReturn) -> Self {
                    (value._0, value._1)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for latestCheckpointReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0, _1: tuple.1 }
                }
            }
        }
        impl latestCheckpointReturn {
            fn _tokenize(
                &self,
            ) -> <latestCheckpointCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self._0),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self._1),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for latestCheckpointCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = latestCheckpointReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "latestCheckpoint()";
            const SELECTOR: [u8; 4] = [144u8, 124u8, 15u8, 146u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                latestCheckpointReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `localDomain()` and selector `0x8d3638f4`.
```solidity
function localDomain() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct localDomainCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`localDomain()`](localDomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct localDomainReturn {
        #[allow(missing_docs)]
        pub _0: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<localDomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: localDomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for localDomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<localDomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: localDomainReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for localDomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for localDomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "localDomain()";
            const SELECTOR: [u8; 4] = [141u8, 54u8, 56u8, 244u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: localDomainReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: localDomainReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `mailbox()` and selector `0xd5438eae`.
```solidity
function mailbox() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct mailboxCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`mailbox()`](mailboxCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct mailboxReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<mailboxCall> for UnderlyingRustTuple<'_> {
                fn from(value: mailboxCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for mailboxCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<mailboxReturn> for UnderlyingRustTuple<'_> {
                fn from(value: mailboxReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for mailboxReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for mailboxCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "mailbox()";
            const SELECTOR: [u8; 4] = [213u8, 67u8, 142u8, 174u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: mailboxReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: mailboxReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `owner()` and selector `0x8da5cb5b`.
```solidity
function owner() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`owner()`](ownerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ownerReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerCall> for UnderlyingRustTuple<'_> {
                fn from(value: ownerCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<ownerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ownerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ownerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ownerCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "owner()";
            const SELECTOR: [u8; 4] = [141u8, 165u8, 203u8, 91u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: ownerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: ownerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `postDispatch(bytes,bytes)` and selector `0x086011b9`.
```solidity
function postDispatch(bytes memory metadata, bytes memory message) external payable;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct postDispatchCall {
        #[allow(missing_docs)]
        pub metadata: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub message: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`postDispatch(bytes,bytes)`](postDispatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct postDispatchReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<postDispatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: postDispatchCall) -> Self {
                    (value.metadata, value.message)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for postDispatchCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        metadata: tuple.0,
                        message: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<postDispatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: postDispatchReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for postDispatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl postDispatchReturn {
            fn _tokenize(
                &self,
            ) -> <postDispatchCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for postDispatchCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = postDispatchReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "postDispatch(bytes,bytes)";
            const SELECTOR: [u8; 4] = [8u8, 96u8, 17u8, 185u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.metadata,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.message,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                postDispatchReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quoteDispatch(bytes,bytes)` and selector `0xaaccd230`.
```solidity
function quoteDispatch(bytes memory metadata, bytes memory message) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quoteDispatchCall {
        #[allow(missing_docs)]
        pub metadata: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub message: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quoteDispatch(bytes,bytes)`](quoteDispatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quoteDispatchReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Bytes,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quoteDispatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: quoteDispatchCall) -> Self {
                    (value.metadata, value.message)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quoteDispatchCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        metadata: tuple.0,
                        message: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<quoteDispatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: quoteDispatchReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quoteDispatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quoteDispatchCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quoteDispatch(bytes,bytes)";
            const SELECTOR: [u8; 4] = [170u8, 204u8, 210u8, 48u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.metadata,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.message,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: quoteDispatchReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: quoteDispatchReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceOwnership()` and selector `0x715018a6`.
```solidity
function renounceOwnership() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipCall;
    ///Container type for the return parameters of the [`renounceOwnership()`](renounceOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<renounceOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: renounceOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for renounceOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <renounceOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceOwnershipCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceOwnership()";
            const SELECTOR: [u8; 4] = [113u8, 80u8, 24u8, 166u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `root()` and selector `0xebf0c717`.
```solidity
function root() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rootCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`root()`](rootCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rootReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<rootCall> for UnderlyingRustTuple<'_> {
                fn from(value: rootCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rootCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<rootReturn> for UnderlyingRustTuple<'_> {
                fn from(value: rootReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rootReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rootCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "root()";
            const SELECTOR: [u8; 4] = [235u8, 240u8, 199u8, 23u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: rootReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: rootReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setHook(address)` and selector `0x3dfd3873`.
```solidity
function setHook(address _hook) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHookCall {
        #[allow(missing_docs)]
        pub _hook: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setHook(address)`](setHookCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setHookReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setHookCall> for UnderlyingRustTuple<'_> {
                fn from(value: setHookCall) -> Self {
                    (value._hook,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setHookCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _hook: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setHookReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setHookReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setHookReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setHookReturn {
            fn _tokenize(
                &self,
            ) -> <setHookCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setHookCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setHookReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setHook(address)";
            const SELECTOR: [u8; 4] = [61u8, 253u8, 56u8, 115u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._hook,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setHookReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setInterchainSecurityModule(address)` and selector `0x0e72cc06`.
```solidity
function setInterchainSecurityModule(address _module) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setInterchainSecurityModuleCall {
        #[allow(missing_docs)]
        pub _module: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setInterchainSecurityModule(address)`](setInterchainSecurityModuleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setInterchainSecurityModuleReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setInterchainSecurityModuleCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setInterchainSecurityModuleCall) -> Self {
                    (value._module,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setInterchainSecurityModuleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _module: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setInterchainSecurityModuleReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setInterchainSecurityModuleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setInterchainSecurityModuleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setInterchainSecurityModuleReturn {
            fn _tokenize(
                &self,
            ) -> <setInterchainSecurityModuleCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setInterchainSecurityModuleCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setInterchainSecurityModuleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setInterchainSecurityModule(address)";
            const SELECTOR: [u8; 4] = [14u8, 114u8, 204u8, 6u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self._module,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setInterchainSecurityModuleReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsMetadata(bytes)` and selector `0xe5320bb9`.
```solidity
function supportsMetadata(bytes memory metadata) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsMetadataCall {
        #[allow(missing_docs)]
        pub metadata: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsMetadata(bytes)`](supportsMetadataCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsMetadataReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsMetadataCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsMetadataCall) -> Self {
                    (value.metadata,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsMetadataCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { metadata: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsMetadataReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsMetadataReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsMetadataReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsMetadataCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Bytes,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsMetadata(bytes)";
            const SELECTOR: [u8; 4] = [229u8, 50u8, 11u8, 185u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.metadata,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: supportsMetadataReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: supportsMetadataReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `transferOwnership(address)` and selector `0xf2fde38b`.
```solidity
function transferOwnership(address newOwner) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipCall {
        #[allow(missing_docs)]
        pub newOwner: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`transferOwnership(address)`](transferOwnershipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferOwnershipReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferOwnershipCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipCall) -> Self {
                    (value.newOwner,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newOwner: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<transferOwnershipReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: transferOwnershipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for transferOwnershipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferOwnershipReturn {
            fn _tokenize(
                &self,
            ) -> <transferOwnershipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferOwnershipCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferOwnershipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferOwnership(address)";
            const SELECTOR: [u8; 4] = [242u8, 253u8, 227u8, 139u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.newOwner,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferOwnershipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `tree()` and selector `0xfd54b228`.
```solidity
function tree() external view returns (MerkleLib.Tree memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treeCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`tree()`](treeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treeReturn {
        #[allow(missing_docs)]
        pub _0: <MerkleLib::Tree as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treeCall> for UnderlyingRustTuple<'_> {
                fn from(value: treeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (MerkleLib::Tree,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <MerkleLib::Tree as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<treeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <MerkleLib::Tree as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (MerkleLib::Tree,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "tree()";
            const SELECTOR: [u8; 4] = [253u8, 84u8, 178u8, 40u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<MerkleLib::Tree as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: treeReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: treeReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`MerkleTreeHook`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum MerkleTreeHookCalls {
        #[allow(missing_docs)]
        PACKAGE_VERSION(PACKAGE_VERSIONCall),
        #[allow(missing_docs)]
        count(countCall),
        #[allow(missing_docs)]
        deployedBlock(deployedBlockCall),
        #[allow(missing_docs)]
        hook(hookCall),
        #[allow(missing_docs)]
        hookType(hookTypeCall),
        #[allow(missing_docs)]
        interchainSecurityModule(interchainSecurityModuleCall),
        #[allow(missing_docs)]
        latestCheckpoint(latestCheckpointCall),
        #[allow(missing_docs)]
        localDomain(localDomainCall),
        #[allow(missing_docs)]
        mailbox(mailboxCall),
        #[allow(missing_docs)]
        owner(ownerCall),
        #[allow(missing_docs)]
        postDispatch(postDispatchCall),
        #[allow(missing_docs)]
        quoteDispatch(quoteDispatchCall),
        #[allow(missing_docs)]
        renounceOwnership(renounceOwnershipCall),
        #[allow(missing_docs)]
        root(rootCall),
        #[allow(missing_docs)]
        setHook(setHookCall),
        #[allow(missing_docs)]
        setInterchainSecurityModule(setInterchainSecurityModuleCall),
        #[allow(missing_docs)]
        supportsMetadata(supportsMetadataCall),
        #[allow(missing_docs)]
        transferOwnership(transferOwnershipCall),
        #[allow(missing_docs)]
        tree(treeCall),
    }
    impl MerkleTreeHookCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [6u8, 102u8, 26u8, 189u8],
            [8u8, 96u8, 17u8, 185u8],
            [14u8, 114u8, 204u8, 6u8],
            [61u8, 253u8, 56u8, 115u8],
            [113u8, 80u8, 24u8, 166u8],
            [127u8, 90u8, 124u8, 123u8],
            [130u8, 234u8, 123u8, 254u8],
            [141u8, 54u8, 56u8, 244u8],
            [141u8, 165u8, 203u8, 91u8],
            [144u8, 124u8, 15u8, 146u8],
            [147u8, 196u8, 72u8, 71u8],
            [170u8, 204u8, 210u8, 48u8],
            [213u8, 67u8, 142u8, 174u8],
            [222u8, 82u8, 60u8, 243u8],
            [228u8, 69u8, 231u8, 221u8],
            [229u8, 50u8, 11u8, 185u8],
            [235u8, 240u8, 199u8, 23u8],
            [242u8, 253u8, 227u8, 139u8],
            [253u8, 84u8, 178u8, 40u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(count),
            ::core::stringify!(postDispatch),
            ::core::stringify!(setInterchainSecurityModule),
            ::core::stringify!(setHook),
            ::core::stringify!(renounceOwnership),
            ::core::stringify!(hook),
            ::core::stringify!(deployedBlock),
            ::core::stringify!(localDomain),
            ::core::stringify!(owner),
            ::core::stringify!(latestCheckpoint),
            ::core::stringify!(PACKAGE_VERSION),
            ::core::stringify!(quoteDispatch),
            ::core::stringify!(mailbox),
            ::core::stringify!(interchainSecurityModule),
            ::core::stringify!(hookType),
            ::core::stringify!(supportsMetadata),
            ::core::stringify!(root),
            ::core::stringify!(transferOwnership),
            ::core::stringify!(tree),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <countCall as alloy_sol_types::SolCall>::SIGNATURE,
            <postDispatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setInterchainSecurityModuleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setHookCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hookCall as alloy_sol_types::SolCall>::SIGNATURE,
            <deployedBlockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <localDomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ownerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <latestCheckpointCall as alloy_sol_types::SolCall>::SIGNATURE,
            <PACKAGE_VERSIONCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quoteDispatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <mailboxCall as alloy_sol_types::SolCall>::SIGNATURE,
            <interchainSecurityModuleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hookTypeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <supportsMetadataCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rootCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferOwnershipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treeCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for MerkleTreeHookCalls {
        const NAME: &'static str = "MerkleTreeHookCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 19usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::PACKAGE_VERSION(_) => {
                    <PACKAGE_VERSIONCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::count(_) => <countCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::deployedBlock(_) => {
                    <deployedBlockCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hook(_) => <hookCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hookType(_) => <hookTypeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::interchainSecurityModule(_) => {
                    <interchainSecurityModuleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::latestCheckpoint(_) => {
                    <latestCheckpointCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::localDomain(_) => {
                    <localDomainCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::mailbox(_) => <mailboxCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::owner(_) => <ownerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::postDispatch(_) => {
                    <postDispatchCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::quoteDispatch(_) => {
                    <quoteDispatchCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceOwnership(_) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::root(_) => <rootCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setHook(_) => <setHookCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setInterchainSecurityModule(_) => {
                    <setInterchainSecurityModuleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsMetadata(_) => {
                    <supportsMetadataCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::transferOwnership(_) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::tree(_) => <treeCall as alloy_sol_types::SolCall>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MerkleTreeHookCalls>] = &[
                {
                    fn count(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <countCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MerkleTreeHookCalls::count)
                    }
                    count
                },
                {
                    fn postDispatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <postDispatchCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::postDispatch)
                    }
                    postDispatch
                },
                {
                    fn setInterchainSecurityModule(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <setInterchainSecurityModuleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::setInterchainSecurityModule)
                    }
                    setInterchainSecurityModule
                },
                {
                    fn setHook(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <setHookCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MerkleTreeHookCalls::setHook)
                    }
                    setHook
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn hook(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <hookCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MerkleTreeHookCalls::hook)
                    }
                    hook
                },
                {
                    fn deployedBlock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <deployedBlockCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::deployedBlock)
                    }
                    deployedBlock
                },
                {
                    fn localDomain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <localDomainCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::localDomain)
                    }
                    localDomain
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MerkleTreeHookCalls::owner)
                    }
                    owner
                },
                {
                    fn latestCheckpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <latestCheckpointCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::latestCheckpoint)
                    }
                    latestCheckpoint
                },
                {
                    fn PACKAGE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <PACKAGE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::PACKAGE_VERSION)
                    }
                    PACKAGE_VERSION
                },
                {
                    fn quoteDispatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <quoteDispatchCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::quoteDispatch)
                    }
                    quoteDispatch
                },
                {
                    fn mailbox(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <mailboxCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MerkleTreeHookCalls::mailbox)
                    }
                    mailbox
                },
                {
                    fn interchainSecurityModule(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <interchainSecurityModuleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::interchainSecurityModule)
                    }
                    interchainSecurityModule
                },
                {
                    fn hookType(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <hookTypeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MerkleTreeHookCalls::hookType)
                    }
                    hookType
                },
                {
                    fn supportsMetadata(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <supportsMetadataCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::supportsMetadata)
                    }
                    supportsMetadata
                },
                {
                    fn root(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <rootCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MerkleTreeHookCalls::root)
                    }
                    root
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(MerkleTreeHookCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn tree(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <treeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(MerkleTreeHookCalls::tree)
                    }
                    tree
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<MerkleTreeHookCalls>] = &[
                {
                    fn count(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <countCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::count)
                    }
                    count
                },
                {
                    fn postDispatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <postDispatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::postDispatch)
                    }
                    postDispatch
                },
                {
                    fn setInterchainSecurityModule(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <setInterchainSecurityModuleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::setInterchainSecurityModule)
                    }
                    setInterchainSecurityModule
                },
                {
                    fn setHook(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <setHookCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::setHook)
                    }
                    setHook
                },
                {
                    fn renounceOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::renounceOwnership)
                    }
                    renounceOwnership
                },
                {
                    fn hook(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <hookCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::hook)
                    }
                    hook
                },
                {
                    fn deployedBlock(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <deployedBlockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::deployedBlock)
                    }
                    deployedBlock
                },
                {
                    fn localDomain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <localDomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::localDomain)
                    }
                    localDomain
                },
                {
                    fn owner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <ownerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::owner)
                    }
                    owner
                },
                {
                    fn latestCheckpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <latestCheckpointCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::latestCheckpoint)
                    }
                    latestCheckpoint
                },
                {
                    fn PACKAGE_VERSION(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <PACKAGE_VERSIONCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::PACKAGE_VERSION)
                    }
                    PACKAGE_VERSION
                },
                {
                    fn quoteDispatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <quoteDispatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::quoteDispatch)
                    }
                    quoteDispatch
                },
                {
                    fn mailbox(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <mailboxCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::mailbox)
                    }
                    mailbox
                },
                {
                    fn interchainSecurityModule(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <interchainSecurityModuleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::interchainSecurityModule)
                    }
                    interchainSecurityModule
                },
                {
                    fn hookType(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <hookTypeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::hookType)
                    }
                    hookType
                },
                {
                    fn supportsMetadata(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <supportsMetadataCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::supportsMetadata)
                    }
                    supportsMetadata
                },
                {
                    fn root(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <rootCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::root)
                    }
                    root
                },
                {
                    fn transferOwnership(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <transferOwnershipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::transferOwnership)
                    }
                    transferOwnership
                },
                {
                    fn tree(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<MerkleTreeHookCalls> {
                        <treeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(MerkleTreeHookCalls::tree)
                    }
                    tree
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::PACKAGE_VERSION(inner) => {
                    <PACKAGE_VERSIONCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::count(inner) => {
                    <countCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::deployedBlock(inner) => {
                    <deployedBlockCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::hook(inner) => {
                    <hookCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hookType(inner) => {
                    <hookTypeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::interchainSecurityModule(inner) => {
                    <interchainSecurityModuleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::latestCheckpoint(inner) => {
                    <latestCheckpointCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::localDomain(inner) => {
                    <localDomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::mailbox(inner) => {
                    <mailboxCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::postDispatch(inner) => {
                    <postDispatchCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::quoteDispatch(inner) => {
                    <quoteDispatchCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::root(inner) => {
                    <rootCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setHook(inner) => {
                    <setHookCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setInterchainSecurityModule(inner) => {
                    <setInterchainSecurityModuleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::supportsMetadata(inner) => {
                    <supportsMetadataCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::tree(inner) => {
                    <treeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::PACKAGE_VERSION(inner) => {
                    <PACKAGE_VERSIONCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::count(inner) => {
                    <countCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::deployedBlock(inner) => {
                    <deployedBlockCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hook(inner) => {
                    <hookCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hookType(inner) => {
                    <hookTypeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::interchainSecurityModule(inner) => {
                    <interchainSecurityModuleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::latestCheckpoint(inner) => {
                    <latestCheckpointCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::localDomain(inner) => {
                    <localDomainCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::mailbox(inner) => {
                    <mailboxCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::owner(inner) => {
                    <ownerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::postDispatch(inner) => {
                    <postDispatchCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::quoteDispatch(inner) => {
                    <quoteDispatchCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceOwnership(inner) => {
                    <renounceOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::root(inner) => {
                    <rootCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setHook(inner) => {
                    <setHookCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setInterchainSecurityModule(inner) => {
                    <setInterchainSecurityModuleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::supportsMetadata(inner) => {
                    <supportsMetadataCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::transferOwnership(inner) => {
                    <transferOwnershipCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::tree(inner) => {
                    <treeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`MerkleTreeHook`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum MerkleTreeHookEvents {
        #[allow(missing_docs)]
        HookSet(HookSet),
        #[allow(missing_docs)]
        Initialized(Initialized),
        #[allow(missing_docs)]
        InsertedIntoTree(InsertedIntoTree),
        #[allow(missing_docs)]
        IsmSet(IsmSet),
        #[allow(missing_docs)]
        OwnershipTransferred(OwnershipTransferred),
    }
    impl MerkleTreeHookEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                37u8, 58u8, 58u8, 4u8, 202u8, 183u8, 13u8, 71u8, 193u8, 80u8, 72u8, 9u8,
                36u8, 45u8, 147u8, 80u8, 205u8, 129u8, 98u8, 123u8, 79u8, 29u8, 80u8,
                117u8, 62u8, 21u8, 156u8, 248u8, 205u8, 118u8, 237u8, 51u8,
            ],
            [
                78u8, 171u8, 123u8, 18u8, 124u8, 118u8, 67u8, 8u8, 120u8, 134u8, 34u8,
                54u8, 58u8, 211u8, 233u8, 83u8, 45u8, 227u8, 223u8, 186u8, 120u8, 69u8,
                189u8, 79u8, 132u8, 193u8, 37u8, 162u8, 37u8, 68u8, 37u8, 90u8,
            ],
            [
                127u8, 38u8, 184u8, 63u8, 249u8, 110u8, 31u8, 43u8, 106u8, 104u8, 47u8,
                19u8, 56u8, 82u8, 246u8, 121u8, 138u8, 9u8, 196u8, 101u8, 218u8, 149u8,
                146u8, 20u8, 96u8, 206u8, 251u8, 56u8, 71u8, 64u8, 36u8, 152u8,
            ],
            [
                139u8, 224u8, 7u8, 156u8, 83u8, 22u8, 89u8, 20u8, 19u8, 68u8, 205u8,
                31u8, 208u8, 164u8, 242u8, 132u8, 25u8, 73u8, 127u8, 151u8, 34u8, 163u8,
                218u8, 175u8, 227u8, 180u8, 24u8, 111u8, 107u8, 100u8, 87u8, 224u8,
            ],
            [
                196u8, 124u8, 188u8, 197u8, 136u8, 198u8, 118u8, 121u8, 229u8, 34u8,
                97u8, 196u8, 92u8, 195u8, 21u8, 229u8, 101u8, 98u8, 248u8, 208u8, 204u8,
                171u8, 161u8, 111u8, 172u8, 185u8, 9u8, 63u8, 249u8, 73u8, 135u8, 153u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(InsertedIntoTree),
            ::core::stringify!(HookSet),
            ::core::stringify!(Initialized),
            ::core::stringify!(OwnershipTransferred),
            ::core::stringify!(IsmSet),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <InsertedIntoTree as alloy_sol_types::SolEvent>::SIGNATURE,
            <HookSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <Initialized as alloy_sol_types::SolEvent>::SIGNATURE,
            <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <IsmSet as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for MerkleTreeHookEvents {
        const NAME: &'static str = "MerkleTreeHookEvents";
        const COUNT: usize = 5usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<HookSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <HookSet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::HookSet)
                }
                Some(<Initialized as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Initialized as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Initialized)
                }
                Some(<InsertedIntoTree as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <InsertedIntoTree as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::InsertedIntoTree)
                }
                Some(<IsmSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <IsmSet as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::IsmSet)
                }
                Some(
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OwnershipTransferred as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OwnershipTransferred)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for MerkleTreeHookEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::HookSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::InsertedIntoTree(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::IsmSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::HookSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Initialized(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::InsertedIntoTree(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::IsmSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OwnershipTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`MerkleTreeHook`](self) contract instance.

See the [wrapper's documentation](`MerkleTreeHookInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> MerkleTreeHookInstance<P, N> {
        MerkleTreeHookInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        _mailbox: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<MerkleTreeHookInstance<P, N>>,
    > {
        MerkleTreeHookInstance::<P, N>::deploy(__provider, _mailbox)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        _mailbox: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        MerkleTreeHookInstance::<P, N>::deploy_builder(__provider, _mailbox)
    }
    /**A [`MerkleTreeHook`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`MerkleTreeHook`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct MerkleTreeHookInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for MerkleTreeHookInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("MerkleTreeHookInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MerkleTreeHookInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`MerkleTreeHook`](self) contract instance.

See the [wrapper's documentation](`MerkleTreeHookInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            _mailbox: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<MerkleTreeHookInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, _mailbox);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            _mailbox: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall { _mailbox },
                    )[..],
                ]
                    .concat()
                    .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> MerkleTreeHookInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> MerkleTreeHookInstance<P, N> {
            MerkleTreeHookInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MerkleTreeHookInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`PACKAGE_VERSION`] function.
        pub fn PACKAGE_VERSION(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, PACKAGE_VERSIONCall, N> {
            self.call_builder(&PACKAGE_VERSIONCall)
        }
        ///Creates a new call builder for the [`count`] function.
        pub fn count(&self) -> alloy_contract::SolCallBuilder<&P, countCall, N> {
            self.call_builder(&countCall)
        }
        ///Creates a new call builder for the [`deployedBlock`] function.
        pub fn deployedBlock(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, deployedBlockCall, N> {
            self.call_builder(&deployedBlockCall)
        }
        ///Creates a new call builder for the [`hook`] function.
        pub fn hook(&self) -> alloy_contract::SolCallBuilder<&P, hookCall, N> {
            self.call_builder(&hookCall)
        }
        ///Creates a new call builder for the [`hookType`] function.
        pub fn hookType(&self) -> alloy_contract::SolCallBuilder<&P, hookTypeCall, N> {
            self.call_builder(&hookTypeCall)
        }
        ///Creates a new call builder for the [`interchainSecurityModule`] function.
        pub fn interchainSecurityModule(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, interchainSecurityModuleCall, N> {
            self.call_builder(&interchainSecurityModuleCall)
        }
        ///Creates a new call builder for the [`latestCheckpoint`] function.
        pub fn latestCheckpoint(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, latestCheckpointCall, N> {
            self.call_builder(&latestCheckpointCall)
        }
        ///Creates a new call builder for the [`localDomain`] function.
        pub fn localDomain(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, localDomainCall, N> {
            self.call_builder(&localDomainCall)
        }
        ///Creates a new call builder for the [`mailbox`] function.
        pub fn mailbox(&self) -> alloy_contract::SolCallBuilder<&P, mailboxCall, N> {
            self.call_builder(&mailboxCall)
        }
        ///Creates a new call builder for the [`owner`] function.
        pub fn owner(&self) -> alloy_contract::SolCallBuilder<&P, ownerCall, N> {
            self.call_builder(&ownerCall)
        }
        ///Creates a new call builder for the [`postDispatch`] function.
        pub fn postDispatch(
            &self,
            metadata: alloy::sol_types::private::Bytes,
            message: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, postDispatchCall, N> {
            self.call_builder(
                &postDispatchCall {
                    metadata,
                    message,
                },
            )
        }
        ///Creates a new call builder for the [`quoteDispatch`] function.
        pub fn quoteDispatch(
            &self,
            metadata: alloy::sol_types::private::Bytes,
            message: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, quoteDispatchCall, N> {
            self.call_builder(
                &quoteDispatchCall {
                    metadata,
                    message,
                },
            )
        }
        ///Creates a new call builder for the [`renounceOwnership`] function.
        pub fn renounceOwnership(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, renounceOwnershipCall, N> {
            self.call_builder(&renounceOwnershipCall)
        }
        ///Creates a new call builder for the [`root`] function.
        pub fn root(&self) -> alloy_contract::SolCallBuilder<&P, rootCall, N> {
            self.call_builder(&rootCall)
        }
        ///Creates a new call builder for the [`setHook`] function.
        pub fn setHook(
            &self,
            _hook: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setHookCall, N> {
            self.call_builder(&setHookCall { _hook })
        }
        ///Creates a new call builder for the [`setInterchainSecurityModule`] function.
        pub fn setInterchainSecurityModule(
            &self,
            _module: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setInterchainSecurityModuleCall, N> {
            self.call_builder(
                &setInterchainSecurityModuleCall {
                    _module,
                },
            )
        }
        ///Creates a new call builder for the [`supportsMetadata`] function.
        pub fn supportsMetadata(
            &self,
            metadata: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, supportsMetadataCall, N> {
            self.call_builder(&supportsMetadataCall { metadata })
        }
        ///Creates a new call builder for the [`transferOwnership`] function.
        pub fn transferOwnership(
            &self,
            newOwner: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferOwnershipCall, N> {
            self.call_builder(&transferOwnershipCall { newOwner })
        }
        ///Creates a new call builder for the [`tree`] function.
        pub fn tree(&self) -> alloy_contract::SolCallBuilder<&P, treeCall, N> {
            self.call_builder(&treeCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > MerkleTreeHookInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`HookSet`] event.
        pub fn HookSet_filter(&self) -> alloy_contract::Event<&P, HookSet, N> {
            self.event_filter::<HookSet>()
        }
        ///Creates a new event filter for the [`Initialized`] event.
        pub fn Initialized_filter(&self) -> alloy_contract::Event<&P, Initialized, N> {
            self.event_filter::<Initialized>()
        }
        ///Creates a new event filter for the [`InsertedIntoTree`] event.
        pub fn InsertedIntoTree_filter(
            &self,
        ) -> alloy_contract::Event<&P, InsertedIntoTree, N> {
            self.event_filter::<InsertedIntoTree>()
        }
        ///Creates a new event filter for the [`IsmSet`] event.
        pub fn IsmSet_filter(&self) -> alloy_contract::Event<&P, IsmSet, N> {
            self.event_filter::<IsmSet>()
        }
        ///Creates a new event filter for the [`OwnershipTransferred`] event.
        pub fn OwnershipTransferred_filter(
            &self,
        ) -> alloy_contract::Event<&P, OwnershipTransferred, N> {
            self.event_filter::<OwnershipTransferred>()
        }
    }
}
