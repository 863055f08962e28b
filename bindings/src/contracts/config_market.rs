///Module containing a contract's types and functions.
/**

```solidity
library IConfigMarket {
    struct Config { address creator; uint96 pricePerPeriod; uint32 versionCount; uint32 ratingCount; uint64 ratingSum; }
    struct Subscription { uint40 expiry; uint40 releasedUntil; uint96 escrow; bool rated; uint72 paid; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IConfigMarket {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Config { address creator; uint96 pricePerPeriod; uint32 versionCount; uint32 ratingCount; uint64 ratingSum; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Config {
        #[allow(missing_docs)]
        pub creator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub pricePerPeriod: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub versionCount: u32,
        #[allow(missing_docs)]
        pub ratingCount: u32,
        #[allow(missing_docs)]
        pub ratingSum: u64,
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
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U96,
            u32,
            u32,
            u64,
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
        impl ::core::convert::From<Config> for UnderlyingRustTuple<'_> {
            fn from(value: Config) -> Self {
                (
                    value.creator,
                    value.pricePerPeriod,
                    value.versionCount,
                    value.ratingCount,
                    value.ratingSum,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Config {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    creator: tuple.0,
                    pricePerPeriod: tuple.1,
                    versionCount: tuple.2,
                    ratingCount: tuple.3,
                    ratingSum: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Config {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Config {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.creator,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerPeriod),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.versionCount),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.ratingCount),
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.ratingSum),
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
        impl alloy_sol_types::SolType for Config {
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
        impl alloy_sol_types::SolStruct for Config {
            const NAME: &'static str = "Config";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Config(address creator,uint96 pricePerPeriod,uint32 versionCount,uint32 ratingCount,uint64 ratingSum)",
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.creator,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.pricePerPeriod,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.versionCount)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.ratingCount)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.ratingSum)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Config {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.creator,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.pricePerPeriod,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.versionCount,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ratingCount,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.ratingSum,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.creator,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    96,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.pricePerPeriod,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.versionCount,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ratingCount,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.ratingSum,
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
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Subscription { uint40 expiry; uint40 releasedUntil; uint96 escrow; bool rated; uint72 paid; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Subscription {
        #[allow(missing_docs)]
        pub expiry: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub releasedUntil: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub escrow: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub rated: bool,
        #[allow(missing_docs)]
        pub paid: alloy::sol_types::private::primitives::aliases::U72,
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
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<72>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U96,
            bool,
            alloy::sol_types::private::primitives::aliases::U72,
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
        impl ::core::convert::From<Subscription> for UnderlyingRustTuple<'_> {
            fn from(value: Subscription) -> Self {
                (
                    value.expiry,
                    value.releasedUntil,
                    value.escrow,
                    value.rated,
                    value.paid,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Subscription {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    expiry: tuple.0,
                    releasedUntil: tuple.1,
                    escrow: tuple.2,
                    rated: tuple.3,
                    paid: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Subscription {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Subscription {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiry),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.releasedUntil),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.escrow),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.rated,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        72,
                    > as alloy_sol_types::SolType>::tokenize(&self.paid),
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
        impl alloy_sol_types::SolType for Subscription {
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
        impl alloy_sol_types::SolStruct for Subscription {
            const NAME: &'static str = "Subscription";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Subscription(uint40 expiry,uint40 releasedUntil,uint96 escrow,bool rated,uint72 paid)",
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
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiry)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.releasedUntil)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.escrow)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.rated,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        72,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.paid)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Subscription {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiry,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.releasedUntil,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.escrow,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.rated,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        72,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.paid)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiry,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.releasedUntil,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    96,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.escrow,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.rated,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    72,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.paid,
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
    /**Creates a new wrapper around an on-chain [`IConfigMarket`](self) contract instance.

See the [wrapper's documentation](`IConfigMarketInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IConfigMarketInstance<P, N> {
        IConfigMarketInstance::<P, N>::new(address, __provider)
    }
    /**A [`IConfigMarket`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IConfigMarket`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IConfigMarketInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IConfigMarketInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IConfigMarketInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IConfigMarketInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IConfigMarket`](self) contract instance.

See the [wrapper's documentation](`IConfigMarketInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IConfigMarketInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IConfigMarketInstance<P, N> {
            IConfigMarketInstance {
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
    > IConfigMarketInstance<P, N> {
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
    > IConfigMarketInstance<P, N> {
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
///Module containing a contract's types and functions.
/**

```solidity
library IProfileRegistry {
    type GasPaymentMode is uint8;
    struct CrossChainRule { address token; uint256 threshold; uint32[] targets; }
    struct GasPayment { GasPaymentMode mode; address stablecoin; uint16 eraShareBps; }
    struct Profile { uint8 rollupKinds; GasPayment gas; CrossChainRule[] rules; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IProfileRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GasPaymentMode(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<GasPaymentMode> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<
                    alloy::sol_types::sol_data::Uint<8>,
                >::stv_to_tokens(self)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::tokenize(self)
                    .0
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(self, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl GasPaymentMode {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for GasPaymentMode {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<GasPaymentMode> for u8 {
            fn from(value: GasPaymentMode) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for GasPaymentMode {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <alloy::sol_types::sol_data::Uint<
                8,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for GasPaymentMode {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::topic_preimage_length(rust)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, out)
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct CrossChainRule { address token; uint256 threshold; uint32[] targets; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CrossChainRule {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub threshold: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub targets: alloy::sol_types::private::Vec<u32>,
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
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<32>>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Vec<u32>,
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
        impl ::core::convert::From<CrossChainRule> for UnderlyingRustTuple<'_> {
            fn from(value: CrossChainRule) -> Self {
                (value.token, value.threshold, value.targets)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CrossChainRule {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    token: tuple.0,
                    threshold: tuple.1,
                    targets: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for CrossChainRule {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for CrossChainRule {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.token,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.threshold),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.targets),
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
        impl alloy_sol_types::SolType for CrossChainRule {
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
        impl alloy_sol_types::SolStruct for CrossChainRule {
            const NAME: &'static str = "CrossChainRule";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "CrossChainRule(address token,uint256 threshold,uint32[] targets)",
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.token,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.threshold)
                        .0,
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<32>,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.targets)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for CrossChainRule {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.token,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.threshold,
                    )
                    + <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<32>,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.targets,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.token,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.threshold,
                    out,
                );
                <alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::Uint<32>,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.targets,
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
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct GasPayment { GasPaymentMode mode; address stablecoin; uint16 eraShareBps; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GasPayment {
        #[allow(missing_docs)]
        pub mode: <GasPaymentMode as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub stablecoin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub eraShareBps: u16,
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
            GasPaymentMode,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<16>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <GasPaymentMode as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::Address,
            u16,
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
        impl ::core::convert::From<GasPayment> for UnderlyingRustTuple<'_> {
            fn from(value: GasPayment) -> Self {
                (value.mode, value.stablecoin, value.eraShareBps)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for GasPayment {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    mode: tuple.0,
                    stablecoin: tuple.1,
                    eraShareBps: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for GasPayment {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for GasPayment {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <GasPaymentMode as alloy_sol_types::SolType>::tokenize(&self.mode),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.stablecoin,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.eraShareBps),
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
        impl alloy_sol_types::SolType for GasPayment {
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
        impl alloy_sol_types::SolStruct for GasPayment {
            const NAME: &'static str = "GasPayment";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "GasPayment(uint8 mode,address stablecoin,uint16 eraShareBps)",
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
                    <GasPaymentMode as alloy_sol_types::SolType>::eip712_data_word(
                            &self.mode,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.stablecoin,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.eraShareBps)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for GasPayment {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <GasPaymentMode as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.mode,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.stablecoin,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.eraShareBps,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <GasPaymentMode as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.mode,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.stablecoin,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    16,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.eraShareBps,
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
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Profile { uint8 rollupKinds; GasPayment gas; CrossChainRule[] rules; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Profile {
        #[allow(missing_docs)]
        pub rollupKinds: u8,
        #[allow(missing_docs)]
        pub gas: <GasPayment as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub rules: alloy::sol_types::private::Vec<
            <CrossChainRule as alloy::sol_types::SolType>::RustType,
        >,
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
            alloy::sol_types::sol_data::Uint<8>,
            GasPayment,
            alloy::sol_types::sol_data::Array<CrossChainRule>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            <GasPayment as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::Vec<
                <CrossChainRule as alloy::sol_types::SolType>::RustType,
            >,
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
        impl ::core::convert::From<Profile> for UnderlyingRustTuple<'_> {
            fn from(value: Profile) -> Self {
                (value.rollupKinds, value.gas, value.rules)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Profile {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    rollupKinds: tuple.0,
                    gas: tuple.1,
                    rules: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Profile {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Profile {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupKinds),
                    <GasPayment as alloy_sol_types::SolType>::tokenize(&self.gas),
                    <alloy::sol_types::sol_data::Array<
                        CrossChainRule,
                    > as alloy_sol_types::SolType>::tokenize(&self.rules),
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
        impl alloy_sol_types::SolType for Profile {
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
        impl alloy_sol_types::SolStruct for Profile {
            const NAME: &'static str = "Profile";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Profile(uint8 rollupKinds,GasPayment gas,CrossChainRule[] rules)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                let mut components = alloy_sol_types::private::Vec::with_capacity(2);
                components
                    .push(
                        <GasPayment as alloy_sol_types::SolStruct>::eip712_root_type(),
                    );
                components
                    .extend(
                        <GasPayment as alloy_sol_types::SolStruct>::eip712_components(),
                    );
                components
                    .push(
                        <CrossChainRule as alloy_sol_types::SolStruct>::eip712_root_type(),
                    );
                components
                    .extend(
                        <CrossChainRule as alloy_sol_types::SolStruct>::eip712_components(),
                    );
                components
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.rollupKinds)
                        .0,
                    <GasPayment as alloy_sol_types::SolType>::eip712_data_word(&self.gas)
                        .0,
                    <alloy::sol_types::sol_data::Array<
                        CrossChainRule,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.rules)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Profile {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.rollupKinds,
                    )
                    + <GasPayment as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.gas,
                    )
                    + <alloy::sol_types::sol_data::Array<
                        CrossChainRule,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.rules)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.rollupKinds,
                    out,
                );
                <GasPayment as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.gas,
                    out,
                );
                <alloy::sol_types::sol_data::Array<
                    CrossChainRule,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.rules,
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
    /**Creates a new wrapper around an on-chain [`IProfileRegistry`](self) contract instance.

See the [wrapper's documentation](`IProfileRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IProfileRegistryInstance<P, N> {
        IProfileRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`IProfileRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IProfileRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IProfileRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IProfileRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IProfileRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IProfileRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IProfileRegistry`](self) contract instance.

See the [wrapper's documentation](`IProfileRegistryInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IProfileRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IProfileRegistryInstance<P, N> {
            IProfileRegistryInstance {
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
    > IProfileRegistryInstance<P, N> {
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
    > IProfileRegistryInstance<P, N> {
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
library IConfigMarket {
    struct Config {
        address creator;
        uint96 pricePerPeriod;
        uint32 versionCount;
        uint32 ratingCount;
        uint64 ratingSum;
    }
    struct Subscription {
        uint40 expiry;
        uint40 releasedUntil;
        uint96 escrow;
        bool rated;
        uint72 paid;
    }
}

library IProfileRegistry {
    type GasPaymentMode is uint8;
    struct CrossChainRule {
        address token;
        uint256 threshold;
        uint32[] targets;
    }
    struct GasPayment {
        GasPaymentMode mode;
        address stablecoin;
        uint16 eraShareBps;
    }
    struct Profile {
        uint8 rollupKinds;
        GasPayment gas;
        CrossChainRule[] rules;
    }
}

interface ConfigMarket {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error ConfigMarketAlreadyRated(uint256 configId, address subscriber);
    error ConfigMarketAlreadySubscribed(uint256 configId, address subscriber, uint256 expiry);
    error ConfigMarketFeeTooHigh(uint16 feeBps, uint16 maximum);
    error ConfigMarketInvalidPeriodLength(uint256 periodLength, uint256 minimum, uint256 maximum);
    error ConfigMarketInvalidPeriods(uint256 periods, uint256 maximum);
    error ConfigMarketInvalidRating(uint8 rating, uint8 maximum);
    error ConfigMarketNoEarnings(address creator);
    error ConfigMarketNoFees();
    error ConfigMarketNotCreator(uint256 configId, address caller, address creator);
    error ConfigMarketNotSubscribed(uint256 configId, address subscriber);
    error ConfigMarketPriceAboveMax(uint256 configId, uint256 pricePerPeriod, uint256 maxPrice);
    error ConfigMarketRatingUnpaid(uint256 configId, address subscriber, uint256 paid, uint256 minimum);
    error ConfigMarketUnknownConfig(uint256 configId);
    error ConfigMarketZeroAddress();
    error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
    error SafeERC20FailedOperation(address token);

    event ConfigApplied(uint256 indexed configId, address indexed subscriber, uint32 version);
    event ConfigPriceSet(uint256 indexed configId, uint96 pricePerPeriod);
    event ConfigPublished(uint256 indexed configId, address indexed creator, uint96 pricePerPeriod);
    event ConfigRated(uint256 indexed configId, address indexed subscriber, uint8 rating);
    event ConfigVersionPublished(uint256 indexed configId, uint32 indexed version, bytes32 contentHash, string uri);
    event EarningsWithdrawn(address indexed creator, address indexed to, uint256 amount);
    event EscrowReleased(uint256 indexed configId, address indexed subscriber, address indexed creator, uint256 amount);
    event FeesSwept(address indexed treasury, uint256 amount);
    event ProtocolFeeSet(uint16 feeBps);
    event Renewed(uint256 indexed configId, address indexed subscriber, uint32 periods, uint40 expiry, uint256 paid, uint256 protocolFee);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event Subscribed(uint256 indexed configId, address indexed subscriber, uint32 periods, uint40 expiry, uint256 paid, uint256 protocolFee);
    event SubscriptionCancelled(uint256 indexed configId, address indexed subscriber, uint40 expiry, uint256 refund);
    event TreasurySet(address indexed treasury);

    constructor(address era_, address profileRegistry_, address treasury_, address admin, uint16 protocolFeeBps_, uint256 periodLength_);

    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function MAX_PERIODS() external view returns (uint32);
    function MAX_PERIOD_LENGTH() external view returns (uint256);
    function MAX_RATING() external view returns (uint8);
    function MIN_PERIOD_LENGTH() external view returns (uint256);
    function MIN_RATING_PAYMENT() external view returns (uint256);
    function applyConfig(uint256 configId) external;
    function cancel(uint256 configId) external returns (uint256 refund);
    function configCount() external view returns (uint256);
    function earningsOf(address creator) external view returns (uint256);
    function era() external view returns (address);
    function getConfig(uint256 configId) external view returns (IConfigMarket.Config memory);
    function getConfigVersion(uint256 configId, uint32 version) external view returns (bytes32 contentHash, string memory uri, IProfileRegistry.Profile memory profile);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function getSubscription(uint256 configId, address subscriber) external view returns (IConfigMarket.Subscription memory);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isSubscribed(uint256 configId, address subscriber) external view returns (bool);
    function periodLength() external view returns (uint256);
    function profileRegistry() external view returns (address);
    function protocolFeeBps() external view returns (uint16);
    function publishConfig(uint96 pricePerPeriod, bytes32 contentHash, string memory uri, IProfileRegistry.Profile memory profile) external returns (uint256 configId);
    function publishVersion(uint256 configId, bytes32 contentHash, string memory uri, IProfileRegistry.Profile memory profile) external returns (uint32 version);
    function rate(uint256 configId, uint8 rating) external;
    function releasable(uint256 configId, address subscriber) external view returns (uint256);
    function release(uint256 configId, address[] memory subscribers) external returns (uint256 released);
    function renew(uint256 configId, uint32 periods, uint256 maxPricePerPeriod) external returns (uint40 expiry);
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeRole(bytes32 role, address account) external;
    function setPrice(uint256 configId, uint96 pricePerPeriod) external;
    function setProtocolFee(uint16 feeBps) external;
    function setTreasury(address treasury_) external;
    function subscribe(uint256 configId, uint32 periods, uint256 maxPricePerPeriod) external returns (uint40 expiry);
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function sweepFees() external returns (uint256 amount);
    function treasury() external view returns (address);
    function unsweptFees() external view returns (uint256);
    function withdrawEarnings(address to) external returns (uint256 amount);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "era_",
        "type": "address",
        "internalType": "contract IERC20"
      },
      {
        "name": "profileRegistry_",
        "type": "address",
        "internalType": "contract IProfileRegistry"
      },
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "protocolFeeBps_",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "periodLength_",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DEFAULT_ADMIN_ROLE",
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
    "name": "MAX_PERIODS",
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
    "name": "MAX_PERIOD_LENGTH",
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
    "name": "MAX_RATING",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "MIN_PERIOD_LENGTH",
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
    "name": "MIN_RATING_PAYMENT",
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
    "name": "applyConfig",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "cancel",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "refund",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "configCount",
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
    "name": "earningsOf",
    "inputs": [
      {
        "name": "creator",
        "type": "address",
        "internalType": "address"
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
    "name": "era",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IERC20"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getConfig",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConfigMarket.Config",
        "components": [
          {
            "name": "creator",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "pricePerPeriod",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "versionCount",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "ratingCount",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "ratingSum",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getConfigVersion",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "profile",
        "type": "tuple",
        "internalType": "struct IProfileRegistry.Profile",
        "components": [
          {
            "name": "rollupKinds",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "gas",
            "type": "tuple",
            "internalType": "struct IProfileRegistry.GasPayment",
            "components": [
              {
                "name": "mode",
                "type": "uint8",
                "internalType": "enum IProfileRegistry.GasPaymentMode"
              },
              {
                "name": "stablecoin",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "eraShareBps",
                "type": "uint16",
                "internalType": "uint16"
              }
            ]
          },
          {
            "name": "rules",
            "type": "tuple[]",
            "internalType": "struct IProfileRegistry.CrossChainRule[]",
            "components": [
              {
                "name": "token",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "threshold",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "targets",
                "type": "uint32[]",
                "internalType": "uint32[]"
              }
            ]
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
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
    "name": "getSubscription",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConfigMarket.Subscription",
        "components": [
          {
            "name": "expiry",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "releasedUntil",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "escrow",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "rated",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "paid",
            "type": "uint72",
            "internalType": "uint72"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
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
    "name": "isSubscribed",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "internalType": "address"
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
    "name": "periodLength",
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
    "name": "profileRegistry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract IProfileRegistry"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "protocolFeeBps",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "publishConfig",
    "inputs": [
      {
        "name": "pricePerPeriod",
        "type": "uint96",
        "internalType": "uint96"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "profile",
        "type": "tuple",
        "internalType": "struct IProfileRegistry.Profile",
        "components": [
          {
            "name": "rollupKinds",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "gas",
            "type": "tuple",
            "internalType": "struct IProfileRegistry.GasPayment",
            "components": [
              {
                "name": "mode",
                "type": "uint8",
                "internalType": "enum IProfileRegistry.GasPaymentMode"
              },
              {
                "name": "stablecoin",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "eraShareBps",
                "type": "uint16",
                "internalType": "uint16"
              }
            ]
          },
          {
            "name": "rules",
            "type": "tuple[]",
            "internalType": "struct IProfileRegistry.CrossChainRule[]",
            "components": [
              {
                "name": "token",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "threshold",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "targets",
                "type": "uint32[]",
                "internalType": "uint32[]"
              }
            ]
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "publishVersion",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "profile",
        "type": "tuple",
        "internalType": "struct IProfileRegistry.Profile",
        "components": [
          {
            "name": "rollupKinds",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "gas",
            "type": "tuple",
            "internalType": "struct IProfileRegistry.GasPayment",
            "components": [
              {
                "name": "mode",
                "type": "uint8",
                "internalType": "enum IProfileRegistry.GasPaymentMode"
              },
              {
                "name": "stablecoin",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "eraShareBps",
                "type": "uint16",
                "internalType": "uint16"
              }
            ]
          },
          {
            "name": "rules",
            "type": "tuple[]",
            "internalType": "struct IProfileRegistry.CrossChainRule[]",
            "components": [
              {
                "name": "token",
                "type": "address",
                "internalType": "address"
              },
              {
                "name": "threshold",
                "type": "uint256",
                "internalType": "uint256"
              },
              {
                "name": "targets",
                "type": "uint32[]",
                "internalType": "uint32[]"
              }
            ]
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "version",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "rate",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "rating",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "releasable",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "internalType": "address"
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
    "name": "release",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "subscribers",
        "type": "address[]",
        "internalType": "address[]"
      }
    ],
    "outputs": [
      {
        "name": "released",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renew",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "periods",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "maxPricePerPeriod",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "expiry",
        "type": "uint40",
        "internalType": "uint40"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setPrice",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "pricePerPeriod",
        "type": "uint96",
        "internalType": "uint96"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setProtocolFee",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setTreasury",
    "inputs": [
      {
        "name": "treasury_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "subscribe",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "periods",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "maxPricePerPeriod",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "expiry",
        "type": "uint40",
        "internalType": "uint40"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
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
    "name": "sweepFees",
    "inputs": [],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "treasury",
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
    "name": "unsweptFees",
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
    "name": "withdrawEarnings",
    "inputs": [
      {
        "name": "to",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "amount",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "ConfigApplied",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConfigPriceSet",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "pricePerPeriod",
        "type": "uint96",
        "indexed": false,
        "internalType": "uint96"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConfigPublished",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "creator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "pricePerPeriod",
        "type": "uint96",
        "indexed": false,
        "internalType": "uint96"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConfigRated",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "rating",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConfigVersionPublished",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "uri",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EarningsWithdrawn",
    "inputs": [
      {
        "name": "creator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EscrowReleased",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "creator",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeesSwept",
    "inputs": [
      {
        "name": "treasury",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProtocolFeeSet",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Renewed",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "periods",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "expiry",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "paid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "protocolFee",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Subscribed",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "periods",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "expiry",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "paid",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "protocolFee",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "SubscriptionCancelled",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "expiry",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "refund",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "TreasurySet",
    "inputs": [
      {
        "name": "treasury",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketAlreadyRated",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketAlreadySubscribed",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "expiry",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketFeeTooHigh",
    "inputs": [
      {
        "name": "feeBps",
        "type": "uint16",
        "internalType": "uint16"
      },
      {
        "name": "maximum",
        "type": "uint16",
        "internalType": "uint16"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketInvalidPeriodLength",
    "inputs": [
      {
        "name": "periodLength",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketInvalidPeriods",
    "inputs": [
      {
        "name": "periods",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketInvalidRating",
    "inputs": [
      {
        "name": "rating",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "maximum",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketNoEarnings",
    "inputs": [
      {
        "name": "creator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketNoFees",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ConfigMarketNotCreator",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "creator",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketNotSubscribed",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketPriceAboveMax",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "pricePerPeriod",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maxPrice",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketRatingUnpaid",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "subscriber",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "paid",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketUnknownConfig",
    "inputs": [
      {
        "name": "configId",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConfigMarketZeroAddress",
    "inputs": []
  },
  {
    "type": "error",
    "name": "SafeCastOverflowedUintDowncast",
    "inputs": [
      {
        "name": "bits",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "value",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SafeERC20FailedOperation",
    "inputs": [
      {
        "name": "token",
        "type": "address",
        "internalType": "address"
      }
    ]
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
pub mod ConfigMarket {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60e060405234801561000f575f5ffd5b50604051613d84380380613d8483398101604081905261002e916102d3565b6001600160a01b038616158061004b57506001600160a01b038516155b8061005d57506001600160a01b038416155b8061006f57506001600160a01b038316155b1561008d57604051630d69476960e11b815260040160405180910390fd5b610e108110806100a057506301e1338081115b156100d857604051633f87e91b60e21b815260048101829052610e1060248201526301e1338060448201526064015b60405180910390fd5b6001600160a01b03808716608052851660a05260c08190526100fa5f84610118565b50610104846101c1565b61010d82610231565b505050505050610352565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101703390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101bb565b505f5b92915050565b6001600160a01b0381166101e857604051630d69476960e11b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b6107d061ffff821611156102665760405163d0499e9f60e01b815261ffff821660048201526107d060248201526044016100cf565b6001805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b03811681146102d0575f5ffd5b50565b5f5f5f5f5f5f60c087890312156102e8575f5ffd5b86516102f3816102bc565b6020880151909650610304816102bc565b6040880151909550610315816102bc565b6060880151909450610326816102bc565b608088015190935061ffff8116811461033d575f5ffd5b8092505060a087015190509295509295509295565b60805160a05160c0516139bb6103c95f395f818161085901528181610cde015281816112330152818161230401528181612adc0152612b3001525f818161082b01528181611a5101526126e401525f81816102cf01528181610a82015281816110b701528181611b51015261255701526139bb5ff3fe608060405234801561000f575f5ffd5b5060043610610283575f3560e01c8063693ae30a11610157578063a81b2f8d116100d2578063d2ca211511610088578063e4467f351161006e578063e4467f3514610890578063f0f44260146108a3578063ff48cbef146108b6575f5ffd5b8063d2ca211514610857578063d547741f1461087d575f5ffd5b8063bbf6df39116100b8578063bbf6df3914610816578063c9bb1a4814610829578063d113b95c1461084f575f5ffd5b8063a81b2f8d146106ce578063a83a0d301461080b575f5ffd5b80638df08bd41161012757806394e113ea1161010d57806394e113ea146106a5578063a0620634146106bf578063a217fddf146106c7575f5ffd5b80638df08bd41461064757806391d148541461066f575f5ffd5b8063693ae30a146105f65780636af2a68814610618578063775952c6146106215780638037559e14610634575f5ffd5b80633d4d8d4f1161020157806346bfe482116101b757806354a4d0ee1161019d57806354a4d0ee146105ca5780635d04d4c6146105dd57806361d027b3146105e5575f5ffd5b806346bfe482146104535780635469f0f214610466575f5ffd5b80633e94a955116101e75780633e94a9551461040457806340e58ee51461042d578063453e555d14610440575f5ffd5b80633d4d8d4f146103de5780633d8886f1146103f1575f5ffd5b80632f2ff15d1161025657806335659fb81161023c57806335659fb81461038a57806336568abe146103bc5780633913feda146103cf575f5ffd5b80632f2ff15d14610337578063314a051c1461034c575f5ffd5b806301ffc9a7146102875780630a254640146102af578063143e55e0146102cd578063248a9ca314610307575b5f5ffd5b61029a610295366004612c36565b6108c9565b60405190151581526020015b60405180910390f35b6102b861020881565b60405163ffffffff90911681526020016102a6565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016102a6565b610329610315366004612c75565b5f9081526020819052604090206001015490565b6040519081526020016102a6565b61034a610345366004612ca0565b610961565b005b61029a61035a366004612ca0565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205464ffffffffff16421090565b60015474010000000000000000000000000000000000000000900461ffff1660405161ffff90911681526020016102a6565b61034a6103ca366004612ca0565b61098b565b610329670de0b6b3a764000081565b6103296103ec366004612cce565b6109dc565b61034a6103ff366004612d09565b610af6565b610417610412366004612d44565b610b80565b60405164ffffffffff90911681526020016102a6565b61032961043b366004612c75565b610f21565b61032961044e366004612dd4565b61112b565b6102b8610461366004612e57565b6111ca565b610560610474366004612ca0565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f8281526006602090815260408083206001600160a01b0385168452825291829020825160a081018452905464ffffffffff808216835265010000000000820416928201929092526bffffffffffffffffffffffff6a01000000000000000000008304169281019290925260ff7601000000000000000000000000000000000000000000008204161515606083015268ffffffffffffffffff7701000000000000000000000000000000000000000000000090910416608082015292915050565b6040516102a691905f60a08201905064ffffffffff835116825264ffffffffff60208401511660208301526bffffffffffffffffffffffff604084015116604083015260608301511515606083015268ffffffffffffffffff608084015116608083015292915050565b6104176105d8366004612d44565b6111eb565b600254610329565b6001546001600160a01b03166102ef565b610609610604366004612e8f565b61146d565b6040516102a69392919061300c565b610329610e1081565b61032961062f366004612ca0565b61160e565b61034a610642366004613063565b6116d8565b610329610655366004612cce565b6001600160a01b03165f9081526007602052604090205490565b61029a61067d366004612ca0565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6106ad600581565b60405160ff90911681526020016102a6565b600354610329565b6103295f81565b61079d6106dc366004612c75565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260046020908152604091829020825160a08101845281546001600160a01b03811682527401000000000000000000000000000000000000000090046bffffffffffffffffffffffff16928101929092526001015463ffffffff80821693830193909352640100000000810490921660608201526801000000000000000090910467ffffffffffffffff16608082015290565b6040516102a691905f60a0820190506001600160a01b0383511682526bffffffffffffffffffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff606084015116606083015267ffffffffffffffff608084015116608083015292915050565b6103296301e1338081565b61034a610824366004612c75565b611949565b7f00000000000000000000000000000000000000000000000000000000000000006102ef565b610329611afb565b7f0000000000000000000000000000000000000000000000000000000000000000610329565b61034a61088b366004612ca0565b611bbf565b61034a61089e366004613095565b611be3565b61034a6108b1366004612cce565b611bfa565b6103296108c43660046130b0565b611c0d565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061095b57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8281526020819052604090206001015461097b81611f1d565b6109858383611f2a565b50505050565b6001600160a01b03811633146109cd576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109d78282611fef565b505050565b5f6001600160a01b038216610a1d576040517f1ad28ed200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50335f9081526007602052604081205490819003610a6e576040517f975deb9a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b335f90815260076020526040812055610ab17f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316838361208e565b6040518181526001600160a01b0383169033907f0c8584df0a37548f26644c41809e5f908b58e8888dd441691e8a2174ec89f3059060200160405180910390a3919050565b610aff82612102565b5f8281526004602090815260409182902080546001600160a01b0316740100000000000000000000000000000000000000006bffffffffffffffffffffffff861690810291909117909155915191825283917fdea6bed898b626a24bdf8d342b998b38fbc7a15c290df452c35919a2aff711fd910160405180910390a25050565b5f5f5f610b8e8686866121ad565b5f888152600660209081526040808320338452825291829020825160a081018452905464ffffffffff808216808452650100000000008304909116938301939093526a010000000000000000000081046bffffffffffffffffffffffff1693820193909352760100000000000000000000000000000000000000000000830460ff16151560608201527701000000000000000000000000000000000000000000000090920468ffffffffffffffffff16608083015292945090925090421015610c9c5780516040517fd58b72140000000000000000000000000000000000000000000000000000000081526004810189905233602482015264ffffffffff9091166044820152606401610a65565b60408101516bffffffffffffffffffffffff1615610cc257610cc0873385846122de565b505b5f5f5f610ccf858a6123fb565b91945092509050610d18610d097f000000000000000000000000000000000000000000000000000000000000000063ffffffff8c16613157565b610d13904261316e565b612464565b96506040518060a001604052808864ffffffffff1681526020014264ffffffffff168152602001610d48846124b2565b6bffffffffffffffffffffffff1681526020015f15158152602001610d6d5f86612503565b68ffffffffffffffffff9081169091525f8c81526006602090815260408083203384528252918290208451815492860151938601516060870151608090970151909516770100000000000000000000000000000000000000000000000276ffffffffffffffffffffffffffffffffffffffffffffff961515760100000000000000000000000000000000000000000000027fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9097166a010000000000000000000002969096167fffffffffffffffffff00000000000000000000000000ffffffffffffffffffff64ffffffffff96871665010000000000027fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000090961696909316959095179390931716929092179290921792909216179055610ebb83612544565b6040805163ffffffff8b16815264ffffffffff891660208201529081018490526060810182905233908b907ff6ca263876fcaf1b9d7b007e1ffe6127bb399b083fd0b8b3a02d185c764ea872906080015b60405180910390a35050505050509392505050565b5f5f610f2d833361257f565b5f84815260046020526040902054909150610f5590849033906001600160a01b0316846122de565b50604080820180515f8083526020808601805164ffffffffff9081168852898452600683528684203385529092529490912085518154955194516060880151608089015168ffffffffffffffffff16770100000000000000000000000000000000000000000000000276ffffffffffffffffffffffffffffffffffffffffffffff911515760100000000000000000000000000000000000000000000027fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9485166a010000000000000000000002167fffffffffffffffffff00000000000000000000000000ffffffffffffffffffff99881665010000000000027fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909b16959097169490941798909817969096169390931717939093169390931790915516915081156110de576110de6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338461208e565b80516040805164ffffffffff909216825260208201849052339185917fb48f7be65b15a4ccf36a31550434228ceae0dc17c62e1596804245636768c7f2910160405180910390a350919050565b5f60035f815461113a90613181565b91829055505f818152600460209081526040918290206bffffffffffffffffffffffff8a1674010000000000000000000000000000000000000000810233908117909255925192835292935083917f4a6a36780022add9b5c8a65959c3404f3994dc00f9bcf708cb4bcd6e62257b8e910160405180910390a36111c081868686866126b2565b5095945050505050565b5f6111d486612102565b6111e186868686866126b2565b9695505050505050565b5f5f5f6111f98686866121ad565b915091505f611208873361257f565b9050611216873385846122de565b505f5f5f611224858a6123fb565b9194509250905061127161125e7f000000000000000000000000000000000000000000000000000000000000000063ffffffff8c16613157565b8551610d13919064ffffffffff1661316e565b64ffffffffff8116855260408501519097506112a5906112a09084906bffffffffffffffffffffffff1661316e565b6124b2565b6bffffffffffffffffffffffff16604085015260808401516112c79084612503565b68ffffffffffffffffff908116608086019081525f8c815260066020908152604080832033845282529182902088518154928a0151938a015160608b01519551909616770100000000000000000000000000000000000000000000000276ffffffffffffffffffffffffffffffffffffffffffffff951515760100000000000000000000000000000000000000000000027fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9098166a010000000000000000000002979097167fffffffffffffffffff00000000000000000000000000ffffffffffffffffffff64ffffffffff96871665010000000000027fffffffffffffffffffffffffffffffffffffffffffff000000000000000000009096169690931695909517939093171692909217939093179190911691909117905561141883612544565b6040805163ffffffff8b16815264ffffffffff891660208201529081018490526060810182905233908b907fa9c117ac540e907d3dfda909457dcef9c407567861af66c954f5f128625d75dd90608001610f0c565b60408051606081810183525f808352835180830185528181526020808201839052818601839052840152928201819052905f85815260056020908152604080832063ffffffff8816845290915290208054600182018054919550906114d190613199565b80601f01602080910402602001604051908101604052809291908181526020018280546114fd90613199565b80156115485780601f1061151f57610100808354040283529160200191611548565b820191905f5260205f20905b81548152906001019060200180831161152b57829003601f168201915b5050505050925080600201805461155e90613199565b1590506116065780600201805461157490613199565b80601f01602080910402602001604051908101604052809291908181526020018280546115a090613199565b80156115eb5780601f106115c2576101008083540402835291602001916115eb565b820191905f5260205f20905b8154815290600101906020018083116115ce57829003601f168201915b505050505080602001905181019061160391906133d7565b91505b509250925092565b5f8281526006602090815260408083206001600160a01b03851684528252808320815160a081018352905464ffffffffff808216835265010000000000820416938201939093526a010000000000000000000083046bffffffffffffffffffffffff1691810191909152760100000000000000000000000000000000000000000000820460ff16151560608201527701000000000000000000000000000000000000000000000090910468ffffffffffffffffff1660808201526116d190612831565b9392505050565b60ff811615806116eb5750600560ff8216115b1561172e576040517fe0074a8f00000000000000000000000000000000000000000000000000000000815260ff8216600482015260056024820152604401610a65565b5f611739833361257f565b9050806060015115611780576040517fff5b291000000000000000000000000000000000000000000000000000000000815260048101849052336024820152604401610a65565b670de0b6b3a7640000816080015168ffffffffffffffffff1610156117ff5760808101516040517fafd5ccfc0000000000000000000000000000000000000000000000000000000081526004810185905233602482015268ffffffffffffffffff9091166044820152670de0b6b3a76400006064820152608401610a65565b5f838152600660209081526040808320338452825280832080547fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff16760100000000000000000000000000000000000000000000179055858352600491829052909120600181810180549293919290919061188a90849063ffffffff640100000000909104166134b1565b92506101000a81548163ffffffff021916908363ffffffff1602179055508260ff168160010160088282829054906101000a900467ffffffffffffffff166118d291906134cd565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550336001600160a01b0316847fb7c353d776eb25241eae1512b1c9f235141a91a78b14c7b0b5c902d3ef1ebdd38560405161193b919060ff91909116815260200190565b60405180910390a350505050565b611953813361257f565b505f818152600460209081526040808320600101546005835281842063ffffffff90911680855292528220600201805491929161198f90613199565b80601f01602080910402602001604051908101604052809291908181526020018280546119bb90613199565b8015611a065780601f106119dd57610100808354040283529160200191611a06565b820191905f5260205f20905b8154815290600101906020018083116119e957829003601f168201915b5050505050806020019051810190611a1e91906133d7565b6040517f6b84ea5e0000000000000000000000000000000000000000000000000000000081529091506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636b84ea5e90611a8c9033908590889088906004016134ed565b5f604051808303815f87803b158015611aa3575f5ffd5b505af1158015611ab5573d5f5f3e3d5ffd5b505060405163ffffffff851681523392508591507f0a35650fa8e2e1b30f626b1c157a755834f9234e2bb657a34ad2e209d25c85c39060200160405180910390a3505050565b6002545f819003611b38576040517fccc5b1bf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6002556001546001600160a01b0390811690611b78907f000000000000000000000000000000000000000000000000000000000000000016828461208e565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e883604051611bb391815260200190565b60405180910390a25090565b5f82815260208190526040902060010154611bd981611f1d565b6109858383611fef565b5f611bed81611f1d565b611bf682612842565b5050565b5f611c0481611f1d565b611bf682612911565b5f838152600460205260408120546001600160a01b031680611c5e576040517f2c74d61e00000000000000000000000000000000000000000000000000000000815260048101869052602401610a65565b5f5b83811015611f14575f86815260066020526040812081878785818110611c8857611c8861352b565b9050602002016020810190611c9d9190612cce565b6001600160a01b0316815260208082019290925260409081015f20815160a081018352905464ffffffffff808216835265010000000000820416938201939093526a010000000000000000000083046bffffffffffffffffffffffff1691810191909152760100000000000000000000000000000000000000000000820460ff16151560608201527701000000000000000000000000000000000000000000000090910468ffffffffffffffffff1660808201529050611d8587878785818110611d6957611d6961352b565b9050602002016020810190611d7e9190612cce565b85846122de565b611d8f908561316e565b5f888152600660205260408120919550829190888886818110611db457611db461352b565b9050602002016020810190611dc99190612cce565b6001600160a01b0316815260208082019290925260409081015f20835181549385015192850151606086015160809096015168ffffffffffffffffff16770100000000000000000000000000000000000000000000000276ffffffffffffffffffffffffffffffffffffffffffffff961515760100000000000000000000000000000000000000000000027fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9093166a010000000000000000000002929092167fffffffffffffffffff00000000000000000000000000ffffffffffffffffffff64ffffffffff96871665010000000000027fffffffffffffffffffffffffffffffffffffffffffff000000000000000000009098169690941695909517959095179190911692909217919091179290921617905550600101611c60565b50509392505050565b611f2781336129b2565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611fe8575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611fa03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161095b565b505f61095b565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611fe8575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161095b565b6040516001600160a01b038381166024830152604482018390526109d791859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050612a1d565b5f818152600460205260409020546001600160a01b031680612153576040517f2c74d61e00000000000000000000000000000000000000000000000000000000815260048101839052602401610a65565b6001600160a01b0381163314611bf6576040517f15e78f40000000000000000000000000000000000000000000000000000000008152600481018390523360248201526001600160a01b0382166044820152606401610a65565b5f83815260046020526040902080546001600160a01b03811691740100000000000000000000000000000000000000009091046bffffffffffffffffffffffff169082612229576040517f2c74d61e00000000000000000000000000000000000000000000000000000000815260048101879052602401610a65565b63ffffffff85161580612243575061020863ffffffff8616115b1561228a576040517f84bcf4d500000000000000000000000000000000000000000000000000000000815263ffffffff861660048201526102086024820152604401610a65565b838211156122d5576040517f73da22e9000000000000000000000000000000000000000000000000000000008152600481018790526024810183905260448101859052606401610a65565b50935093915050565b5f5f6122e983612aa2565b90925090505f8190036122ff575f9150506123f3565b6123297f000000000000000000000000000000000000000000000000000000000000000082613157565b836020015164ffffffffff1661233f919061316e565b64ffffffffff1660208401525f82900361235c575f9150506123f3565b604083810180518490036bffffffffffffffffffffffff1690526001600160a01b0385165f9081526007602052908120805484929061239c90849061316e565b92505081905550836001600160a01b0316856001600160a01b0316877f23d38aeadadb5b25e6436c7b0d6fcdc7d408b609d4f1ce095cff6bbbf9acc41e856040516123e991815260200190565b60405180910390a4505b949350505050565b5f808061240e63ffffffff851686613157565b60015490935061243b90849074010000000000000000000000000000000000000000900461ffff16612bcf565b9092509050801561245d578060025f828254612457919061316e565b90915550505b9250925092565b5f64ffffffffff8211156124ae576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526028600482015260248101839052604401610a65565b5090565b5f6bffffffffffffffffffffffff8211156124ae576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526060600482015260248101839052604401610a65565b5f8061251a8368ffffffffffffffffff861661316e565b905068ffffffffffffffffff811161253257806123f3565b68ffffffffffffffffff949350505050565b8015611f2757611f276001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084612bfd565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f8281526006602090815260408083206001600160a01b0385168452825291829020825160a081018452905464ffffffffff808216808452650100000000008304909116938301939093526a010000000000000000000081046bffffffffffffffffffffffff1693820193909352760100000000000000000000000000000000000000000000830460ff16151560608201527701000000000000000000000000000000000000000000000090920468ffffffffffffffffff166080830152421061095b576040517ff883d922000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0383166024820152604401610a65565b6040517f3de03c220000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633de03c22906127199085906004016135bb565b5f6040518083038186803b15801561272f575f5ffd5b505afa158015612741573d5f5f3e3d5ffd5b5050505f87815260046020526040812060010180549092506127689063ffffffff16613757565b825463ffffffff8083166101009490940a848102910219909116179092555f88815260056020908152604080832093835292905220868155909150600181016127b28587836137c6565b50826040516020016127c491906135bb565b6040516020818303038152906040528160020190816127e39190613880565b508163ffffffff16877ff8163726071de36c6cd40296e235b47200c8165ae7074409b500ba0114b1b2b088888860405161281f9392919061393b565b60405180910390a35095945050505050565b5f61283b82612aa2565b5092915050565b6107d061ffff82161115612890576040517fd0499e9f00000000000000000000000000000000000000000000000000000000815261ffff821660048201526107d06024820152604401610a65565b600180547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000061ffff8416908102919091179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b038116612951576040517f1ad28ed200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611bf6576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a65565b5f5f60205f8451602086015f885af180612a3c576040513d5f823e3d81fd5b50505f513d91508115612a53578060011415612a60565b6001600160a01b0384163b155b15610985576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a65565b5f5f5f836020015164ffffffffff16905080421080612ac95750835164ffffffffff168110155b15612ad957505f93849350915050565b5f7f000000000000000000000000000000000000000000000000000000000000000082865f015164ffffffffff16612b119190613970565b612b1b9190613983565b855190915064ffffffffff16421015612b73577f0000000000000000000000000000000000000000000000000000000000000000612b598342613970565b612b639190613983565b612b6e90600161316e565b612b75565b805b925080612b828482613970565b86604001516bffffffffffffffffffffffff16612b9f9190613157565b612ba99190613983565b85604001516bffffffffffffffffffffffff16612bc69190613970565b93505050915091565b5f80612710612bde8486613157565b612be89190613983565b9050612bf48185613970565b91509250929050565b6040516001600160a01b0384811660248301528381166044830152606482018390526109859186918216906323b872dd906084016120bb565b5f60208284031215612c46575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146116d1575f5ffd5b5f60208284031215612c85575f5ffd5b5035919050565b6001600160a01b0381168114611f27575f5ffd5b5f5f60408385031215612cb1575f5ffd5b823591506020830135612cc381612c8c565b809150509250929050565b5f60208284031215612cde575f5ffd5b81356116d181612c8c565b80356bffffffffffffffffffffffff81168114612d04575f5ffd5b919050565b5f5f60408385031215612d1a575f5ffd5b82359150612d2a60208401612ce9565b90509250929050565b63ffffffff81168114611f27575f5ffd5b5f5f5f60608486031215612d56575f5ffd5b833592506020840135612d6881612d33565b929592945050506040919091013590565b5f5f83601f840112612d89575f5ffd5b50813567ffffffffffffffff811115612da0575f5ffd5b602083019150836020828501011115612db7575f5ffd5b9250929050565b5f60a08284031215612dce575f5ffd5b50919050565b5f5f5f5f5f60808688031215612de8575f5ffd5b612df186612ce9565b945060208601359350604086013567ffffffffffffffff811115612e13575f5ffd5b612e1f88828901612d79565b909450925050606086013567ffffffffffffffff811115612e3e575f5ffd5b612e4a88828901612dbe565b9150509295509295909350565b5f5f5f5f5f60808688031215612e6b575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115612e13575f5ffd5b5f5f60408385031215612ea0575f5ffd5b823591506020830135612cc381612d33565b60038110612ee7577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f60a0830160ff83511684526020830151612f0a602086018251612eb2565b6001600160a01b03602082015116604086015261ffff604082015116606086015250604083015160a0608086015281815180845260c08701915060c08160051b88010193506020830192505f5b81811015613000578785037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff40018352835180516001600160a01b03168652602080820151818801526040918201516060928801839052805192880183905201905f9060808801905b80831015612fe85763ffffffff8451168252602082019150602084019350600183019250612fbf565b50965050506020938401939290920191600101612f57565b50929695505050505050565b838152606060208201525f83518060608401528060208601608085015e5f60808285010152601f19601f8201168301905060808382030160408401526111e16080820185612eeb565b60ff81168114611f27575f5ffd5b5f5f60408385031215613074575f5ffd5b823591506020830135612cc381613055565b61ffff81168114611f27575f5ffd5b5f602082840312156130a5575f5ffd5b81356116d181613086565b5f5f5f604084860312156130c2575f5ffd5b83359250602084013567ffffffffffffffff8111156130df575f5ffd5b8401601f810186136130ef575f5ffd5b803567ffffffffffffffff811115613105575f5ffd5b8660208260051b8401011115613119575f5ffd5b939660209190910195509293505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808202811582820484141761095b5761095b61312a565b8082018082111561095b5761095b61312a565b5f5f1982036131925761319261312a565b5060010190565b600181811c908216806131ad57607f821691505b602082108103612dce577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040516060810167ffffffffffffffff81118282101715613234576132346131e4565b60405290565b604051601f8201601f1916810167ffffffffffffffff81118282101715613263576132636131e4565b604052919050565b60038110611f27575f5ffd5b5f67ffffffffffffffff821115613290576132906131e4565b5060051b60200190565b5f82601f8301126132a9575f5ffd5b81516132bc6132b782613277565b61323a565b8082825260208201915060208360051b8601019250858311156132dd575f5ffd5b602085015b838110156111c057805167ffffffffffffffff811115613300575f5ffd5b86016060818903601f19011215613315575f5ffd5b61331d613211565b602082015161332b81612c8c565b815260408201516020820152606082015167ffffffffffffffff811115613350575f5ffd5b60208184010192505088601f830112613367575f5ffd5b81516133756132b782613277565b8082825260208201915060208360051b86010192508b831115613396575f5ffd5b6020850194505b828510156133c15784516133b081612d33565b82526020948501949091019061339d565b60408401525050845250602092830192016132e2565b5f602082840312156133e7575f5ffd5b815167ffffffffffffffff8111156133fd575f5ffd5b820180840360a081121561340f575f5ffd5b613417613211565b825161342281613055565b81526060601f1983011215613435575f5ffd5b61343d613211565b9150602083015161344d8161326b565b8252604083015161345d81612c8c565b6020830152606083015161347081613086565b6040830152602081019190915260808201519067ffffffffffffffff821115613497575f5ffd5b6134a38683850161329a565b604082015295945050505050565b63ffffffff818116838216019081111561095b5761095b61312a565b67ffffffffffffffff818116838216019081111561095b5761095b61312a565b6001600160a01b0385168152608060208201525f61350e6080830186612eeb565b905083604083015263ffffffff8316606083015295945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261358b575f5ffd5b830160208101925035905067ffffffffffffffff8111156135aa575f5ffd5b8060051b3603821315612db7575f5ffd5b602081525f60c0820183356135cf81613055565b60ff811660208501525060208401356135e78161326b565b6135f46040850182612eb2565b50604084013561360381612c8c565b6001600160a01b038116606085015250606084013561362181613086565b61ffff81166080850152506136396080850185613558565b60a0808601528281845260e08601905060e08260051b8701019350825f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1853603015b84821015613749577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff2089880301845282358181126136b8575f5ffd5b86016060880181356136c981612c8c565b6001600160a01b03168952602082810135908a01526136eb6040830183613558565b606060408c0152918290529091505f60808a015b8382101561372d57823561371281612d33565b63ffffffff16815260209283019260019290920191016136ff565b995050506020948501949390930192506001919091019061367c565b509498975050505050505050565b5f63ffffffff821663ffffffff81036137725761377261312a565b60010192915050565b601f8211156109d757805f5260205f20601f840160051c810160208510156137a05750805b601f840160051c820191505b818110156137bf575f81556001016137ac565b5050505050565b67ffffffffffffffff8311156137de576137de6131e4565b6137f2836137ec8354613199565b8361377b565b5f601f841160018114613823575f851561380c5750838201355b5f19600387901b1c1916600186901b1783556137bf565b5f83815260208120601f198716915b828110156138525786850135825560209485019460019092019101613832565b508682101561386e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b815167ffffffffffffffff81111561389a5761389a6131e4565b6138ae816138a88454613199565b8461377b565b6020601f8211600181146138e0575f83156138c95750848201515b5f19600385901b1c1916600184901b1784556137bf565b5f84815260208120601f198516915b8281101561390f57878501518255602094850194600190920191016138ef565b508482101561392c57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b8181038181111561095b5761095b61312a565b5f826139b6577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xE0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa=\x848\x03\x80a=\x84\x839\x81\x01`@\x81\x90Ra\0.\x91a\x02\xD3V[`\x01`\x01`\xA0\x1B\x03\x86\x16\x15\x80a\0KWP`\x01`\x01`\xA0\x1B\x03\x85\x16\x15[\x80a\0]WP`\x01`\x01`\xA0\x1B\x03\x84\x16\x15[\x80a\0oWP`\x01`\x01`\xA0\x1B\x03\x83\x16\x15[\x15a\0\x8DW`@Qc\riGi`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0E\x10\x81\x10\x80a\0\xA0WPc\x01\xE13\x80\x81\x11[\x15a\0\xD8W`@Qc?\x87\xE9\x1B`\xE2\x1B\x81R`\x04\x81\x01\x82\x90Ra\x0E\x10`$\x82\x01Rc\x01\xE13\x80`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x80\x87\x16`\x80R\x85\x16`\xA0R`\xC0\x81\x90Ra\0\xFA_\x84a\x01\x18V[Pa\x01\x04\x84a\x01\xC1V[a\x01\r\x82a\x021V[PPPPPPa\x03RV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x01\xB8W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x01p3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x01\xBBV[P_[\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01\xE8W`@Qc\riGi`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a\x02fW`@Qc\xD0I\x9E\x9F`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01a\0\xCFV[`\x01\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x02\xD0W__\xFD[PV[______`\xC0\x87\x89\x03\x12\x15a\x02\xE8W__\xFD[\x86Qa\x02\xF3\x81a\x02\xBCV[` \x88\x01Q\x90\x96Pa\x03\x04\x81a\x02\xBCV[`@\x88\x01Q\x90\x95Pa\x03\x15\x81a\x02\xBCV[``\x88\x01Q\x90\x94Pa\x03&\x81a\x02\xBCV[`\x80\x88\x01Q\x90\x93Pa\xFF\xFF\x81\x16\x81\x14a\x03=W__\xFD[\x80\x92PP`\xA0\x87\x01Q\x90P\x92\x95P\x92\x95P\x92\x95V[`\x80Q`\xA0Q`\xC0Qa9\xBBa\x03\xC9_9_\x81\x81a\x08Y\x01R\x81\x81a\x0C\xDE\x01R\x81\x81a\x123\x01R\x81\x81a#\x04\x01R\x81\x81a*\xDC\x01Ra+0\x01R_\x81\x81a\x08+\x01R\x81\x81a\x1AQ\x01Ra&\xE4\x01R_\x81\x81a\x02\xCF\x01R\x81\x81a\n\x82\x01R\x81\x81a\x10\xB7\x01R\x81\x81a\x1BQ\x01Ra%W\x01Ra9\xBB_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x83W_5`\xE0\x1C\x80ci:\xE3\n\x11a\x01WW\x80c\xA8\x1B/\x8D\x11a\0\xD2W\x80c\xD2\xCA!\x15\x11a\0\x88W\x80c\xE4F\x7F5\x11a\0nW\x80c\xE4F\x7F5\x14a\x08\x90W\x80c\xF0\xF4B`\x14a\x08\xA3W\x80c\xFFH\xCB\xEF\x14a\x08\xB6W__\xFD[\x80c\xD2\xCA!\x15\x14a\x08WW\x80c\xD5Gt\x1F\x14a\x08}W__\xFD[\x80c\xBB\xF6\xDF9\x11a\0\xB8W\x80c\xBB\xF6\xDF9\x14a\x08\x16W\x80c\xC9\xBB\x1AH\x14a\x08)W\x80c\xD1\x13\xB9\\\x14a\x08OW__\xFD[\x80c\xA8\x1B/\x8D\x14a\x06\xCEW\x80c\xA8:\r0\x14a\x08\x0BW__\xFD[\x80c\x8D\xF0\x8B\xD4\x11a\x01'W\x80c\x94\xE1\x13\xEA\x11a\x01\rW\x80c\x94\xE1\x13\xEA\x14a\x06\xA5W\x80c\xA0b\x064\x14a\x06\xBFW\x80c\xA2\x17\xFD\xDF\x14a\x06\xC7W__\xFD[\x80c\x8D\xF0\x8B\xD4\x14a\x06GW\x80c\x91\xD1HT\x14a\x06oW__\xFD[\x80ci:\xE3\n\x14a\x05\xF6W\x80cj\xF2\xA6\x88\x14a\x06\x18W\x80cwYR\xC6\x14a\x06!W\x80c\x807U\x9E\x14a\x064W__\xFD[\x80c=M\x8DO\x11a\x02\x01W\x80cF\xBF\xE4\x82\x11a\x01\xB7W\x80cT\xA4\xD0\xEE\x11a\x01\x9DW\x80cT\xA4\xD0\xEE\x14a\x05\xCAW\x80c]\x04\xD4\xC6\x14a\x05\xDDW\x80ca\xD0'\xB3\x14a\x05\xE5W__\xFD[\x80cF\xBF\xE4\x82\x14a\x04SW\x80cTi\xF0\xF2\x14a\x04fW__\xFD[\x80c>\x94\xA9U\x11a\x01\xE7W\x80c>\x94\xA9U\x14a\x04\x04W\x80c@\xE5\x8E\xE5\x14a\x04-W\x80cE>U]\x14a\x04@W__\xFD[\x80c=M\x8DO\x14a\x03\xDEW\x80c=\x88\x86\xF1\x14a\x03\xF1W__\xFD[\x80c//\xF1]\x11a\x02VW\x80c5e\x9F\xB8\x11a\x02<W\x80c5e\x9F\xB8\x14a\x03\x8AW\x80c6V\x8A\xBE\x14a\x03\xBCW\x80c9\x13\xFE\xDA\x14a\x03\xCFW__\xFD[\x80c//\xF1]\x14a\x037W\x80c1J\x05\x1C\x14a\x03LW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\x87W\x80c\n%F@\x14a\x02\xAFW\x80c\x14>U\xE0\x14a\x02\xCDW\x80c$\x8A\x9C\xA3\x14a\x03\x07W[__\xFD[a\x02\x9Aa\x02\x956`\x04a,6V[a\x08\xC9V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xB8a\x02\x08\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA6V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\xA6V[a\x03)a\x03\x156`\x04a,uV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x02\xA6V[a\x03Ja\x03E6`\x04a,\xA0V[a\taV[\0[a\x02\x9Aa\x03Z6`\x04a,\xA0V[_\x91\x82R`\x06` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Td\xFF\xFF\xFF\xFF\xFF\x16B\x10\x90V[`\x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA6V[a\x03Ja\x03\xCA6`\x04a,\xA0V[a\t\x8BV[a\x03)g\r\xE0\xB6\xB3\xA7d\0\0\x81V[a\x03)a\x03\xEC6`\x04a,\xCEV[a\t\xDCV[a\x03Ja\x03\xFF6`\x04a-\tV[a\n\xF6V[a\x04\x17a\x04\x126`\x04a-DV[a\x0B\x80V[`@Qd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA6V[a\x03)a\x04;6`\x04a,uV[a\x0F!V[a\x03)a\x04N6`\x04a-\xD4V[a\x11+V[a\x02\xB8a\x04a6`\x04a.WV[a\x11\xCAV[a\x05`a\x04t6`\x04a,\xA0V[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Re\x01\0\0\0\0\0\x82\x04\x16\x92\x82\x01\x92\x90\x92Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFj\x01\0\0\0\0\0\0\0\0\0\0\x83\x04\x16\x92\x81\x01\x92\x90\x92R`\xFFv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x15\x15``\x83\x01Rh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x80\x82\x01R\x92\x91PPV[`@Qa\x02\xA6\x91\x90_`\xA0\x82\x01\x90Pd\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rd\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R``\x83\x01Q\x15\x15``\x83\x01Rh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R\x92\x91PPV[a\x04\x17a\x05\xD86`\x04a-DV[a\x11\xEBV[`\x02Ta\x03)V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x02\xEFV[a\x06\ta\x06\x046`\x04a.\x8FV[a\x14mV[`@Qa\x02\xA6\x93\x92\x91\x90a0\x0CV[a\x03)a\x0E\x10\x81V[a\x03)a\x06/6`\x04a,\xA0V[a\x16\x0EV[a\x03Ja\x06B6`\x04a0cV[a\x16\xD8V[a\x03)a\x06U6`\x04a,\xCEV[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x07` R`@\x90 T\x90V[a\x02\x9Aa\x06}6`\x04a,\xA0V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x06\xAD`\x05\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02\xA6V[`\x03Ta\x03)V[a\x03)_\x81V[a\x07\x9Da\x06\xDC6`\x04a,uV[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R`\x01\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rd\x01\0\0\0\0\x81\x04\x90\x92\x16``\x82\x01Rh\x01\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x82\x01R\x90V[`@Qa\x02\xA6\x91\x90_`\xA0\x82\x01\x90P`\x01`\x01`\xA0\x1B\x03\x83Q\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R\x92\x91PPV[a\x03)c\x01\xE13\x80\x81V[a\x03Ja\x08$6`\x04a,uV[a\x19IV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x02\xEFV[a\x03)a\x1A\xFBV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x03)V[a\x03Ja\x08\x8B6`\x04a,\xA0V[a\x1B\xBFV[a\x03Ja\x08\x9E6`\x04a0\x95V[a\x1B\xE3V[a\x03Ja\x08\xB16`\x04a,\xCEV[a\x1B\xFAV[a\x03)a\x08\xC46`\x04a0\xB0V[a\x1C\rV[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\t[WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\t{\x81a\x1F\x1DV[a\t\x85\x83\x83a\x1F*V[PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\t\xCDW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\t\xD7\x82\x82a\x1F\xEFV[PPPV[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\n\x1DW`@Q\x7F\x1A\xD2\x8E\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P3_\x90\x81R`\x07` R`@\x81 T\x90\x81\x90\x03a\nnW`@Q\x7F\x97]\xEB\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x07` R`@\x81 Ua\n\xB1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x83\x83a \x8EV[`@Q\x81\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x903\x90\x7F\x0C\x85\x84\xDF\n7T\x8F&dLA\x80\x9E_\x90\x8BX\xE8\x88\x8D\xD4Ai\x1E\x8A!t\xEC\x89\xF3\x05\x90` \x01`@Q\x80\x91\x03\x90\xA3\x91\x90PV[a\n\xFF\x82a!\x02V[_\x82\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U\x91Q\x91\x82R\x83\x91\x7F\xDE\xA6\xBE\xD8\x98\xB6&\xA2K\xDF\x8D4+\x99\x8B8\xFB\xC7\xA1\\)\r\xF4R\xC3Y\x19\xA2\xAF\xF7\x11\xFD\x91\x01`@Q\x80\x91\x03\x90\xA2PPV[___a\x0B\x8E\x86\x86\x86a!\xADV[_\x88\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Re\x01\0\0\0\0\0\x83\x04\x90\x91\x16\x93\x83\x01\x93\x90\x93Rj\x01\0\0\0\0\0\0\0\0\0\0\x81\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04`\xFF\x16\x15\x15``\x82\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01R\x92\x94P\x90\x92P\x90B\x10\x15a\x0C\x9CW\x80Q`@Q\x7F\xD5\x8Br\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x89\x90R3`$\x82\x01Rd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\neV[`@\x81\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x0C\xC2Wa\x0C\xC0\x873\x85\x84a\"\xDEV[P[___a\x0C\xCF\x85\x8Aa#\xFBV[\x91\x94P\x92P\x90Pa\r\x18a\r\t\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x8C\x16a1WV[a\r\x13\x90Ba1nV[a$dV[\x96P`@Q\x80`\xA0\x01`@R\x80\x88d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01Bd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\rH\x84a$\xB2V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x15\x15\x81R` \x01a\rm_\x86a%\x03V[h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x91R_\x8C\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x84Q\x81T\x92\x86\x01Q\x93\x86\x01Q``\x87\x01Q`\x80\x90\x97\x01Q\x90\x95\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x15\x15v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x97\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x96\x90\x96\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x96\x87\x16e\x01\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x96\x90\x93\x16\x95\x90\x95\x17\x93\x90\x93\x17\x16\x92\x90\x92\x17\x92\x90\x92\x17\x92\x90\x92\x16\x17\x90Ua\x0E\xBB\x83a%DV[`@\x80Qc\xFF\xFF\xFF\xFF\x8B\x16\x81Rd\xFF\xFF\xFF\xFF\xFF\x89\x16` \x82\x01R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R3\x90\x8B\x90\x7F\xF6\xCA&8v\xFC\xAF\x1B\x9D{\0~\x1F\xFEa'\xBB9\x9B\x08?\xD0\xB8\xB3\xA0-\x18\\vN\xA8r\x90`\x80\x01[`@Q\x80\x91\x03\x90\xA3PPPPPP\x93\x92PPPV[__a\x0F-\x833a%\x7FV[_\x84\x81R`\x04` R`@\x90 T\x90\x91Pa\x0FU\x90\x84\x903\x90`\x01`\x01`\xA0\x1B\x03\x16\x84a\"\xDEV[P`@\x80\x82\x01\x80Q_\x80\x83R` \x80\x86\x01\x80Qd\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x88R\x89\x84R`\x06\x83R\x86\x84 3\x85R\x90\x92R\x94\x90\x91 \x85Q\x81T\x95Q\x94Q``\x88\x01Q`\x80\x89\x01Qh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x15\x15v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x99\x88\x16e\x01\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x9B\x16\x95\x90\x97\x16\x94\x90\x94\x17\x98\x90\x98\x17\x96\x90\x96\x16\x93\x90\x93\x17\x17\x93\x90\x93\x16\x93\x90\x93\x17\x90\x91U\x16\x91P\x81\x15a\x10\xDEWa\x10\xDE`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x84a \x8EV[\x80Q`@\x80Qd\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x82R` \x82\x01\x84\x90R3\x91\x85\x91\x7F\xB4\x8F{\xE6[\x15\xA4\xCC\xF3j1U\x044\"\x8C\xEA\xE0\xDC\x17\xC6.\x15\x96\x80BEcgh\xC7\xF2\x91\x01`@Q\x80\x91\x03\x90\xA3P\x91\x90PV[_`\x03_\x81Ta\x11:\x90a1\x81V[\x91\x82\x90UP_\x81\x81R`\x04` \x90\x81R`@\x91\x82\x90 k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x023\x90\x81\x17\x90\x92U\x92Q\x92\x83R\x92\x93P\x83\x91\x7FJj6x\0\"\xAD\xD9\xB5\xC8\xA6YY\xC3@O9\x94\xDC\0\xF9\xBC\xF7\x08\xCBK\xCDnb%{\x8E\x91\x01`@Q\x80\x91\x03\x90\xA3a\x11\xC0\x81\x86\x86\x86\x86a&\xB2V[P\x95\x94PPPPPV[_a\x11\xD4\x86a!\x02V[a\x11\xE1\x86\x86\x86\x86\x86a&\xB2V[\x96\x95PPPPPPV[___a\x11\xF9\x86\x86\x86a!\xADV[\x91P\x91P_a\x12\x08\x873a%\x7FV[\x90Pa\x12\x16\x873\x85\x84a\"\xDEV[P___a\x12$\x85\x8Aa#\xFBV[\x91\x94P\x92P\x90Pa\x12qa\x12^\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x8C\x16a1WV[\x85Qa\r\x13\x91\x90d\xFF\xFF\xFF\xFF\xFF\x16a1nV[d\xFF\xFF\xFF\xFF\xFF\x81\x16\x85R`@\x85\x01Q\x90\x97Pa\x12\xA5\x90a\x12\xA0\x90\x84\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a1nV[a$\xB2V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x01R`\x80\x84\x01Qa\x12\xC7\x90\x84a%\x03V[h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16`\x80\x86\x01\x90\x81R_\x8C\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x88Q\x81T\x92\x8A\x01Q\x93\x8A\x01Q``\x8B\x01Q\x95Q\x90\x96\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x15\x15v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x98\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x97\x90\x97\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x96\x87\x16e\x01\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x96\x90\x93\x16\x95\x90\x95\x17\x93\x90\x93\x17\x16\x92\x90\x92\x17\x93\x90\x93\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90Ua\x14\x18\x83a%DV[`@\x80Qc\xFF\xFF\xFF\xFF\x8B\x16\x81Rd\xFF\xFF\xFF\xFF\xFF\x89\x16` \x82\x01R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R3\x90\x8B\x90\x7F\xA9\xC1\x17\xACT\x0E\x90}=\xFD\xA9\tE}\xCE\xF9\xC4\x07Vxa\xAFf\xC9T\xF5\xF1(b]u\xDD\x90`\x80\x01a\x0F\x0CV[`@\x80Q``\x81\x81\x01\x83R_\x80\x83R\x83Q\x80\x83\x01\x85R\x81\x81R` \x80\x82\x01\x83\x90R\x81\x86\x01\x83\x90R\x84\x01R\x92\x82\x01\x81\x90R\x90_\x85\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x90\x91R\x90 \x80T`\x01\x82\x01\x80T\x91\x95P\x90a\x14\xD1\x90a1\x99V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x14\xFD\x90a1\x99V[\x80\x15a\x15HW\x80`\x1F\x10a\x15\x1FWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x15HV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x15+W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x92P\x80`\x02\x01\x80Ta\x15^\x90a1\x99V[\x15\x90Pa\x16\x06W\x80`\x02\x01\x80Ta\x15t\x90a1\x99V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x15\xA0\x90a1\x99V[\x80\x15a\x15\xEBW\x80`\x1F\x10a\x15\xC2Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x15\xEBV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x15\xCEW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x80` \x01\x90Q\x81\x01\x90a\x16\x03\x91\x90a3\xD7V[\x91P[P\x92P\x92P\x92V[_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x80\x83 \x81Q`\xA0\x81\x01\x83R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Re\x01\0\0\0\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rj\x01\0\0\0\0\0\0\0\0\0\0\x83\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04`\xFF\x16\x15\x15``\x82\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x82\x01Ra\x16\xD1\x90a(1V[\x93\x92PPPV[`\xFF\x81\x16\x15\x80a\x16\xEBWP`\x05`\xFF\x82\x16\x11[\x15a\x17.W`@Q\x7F\xE0\x07J\x8F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01R`\x05`$\x82\x01R`D\x01a\neV[_a\x179\x833a%\x7FV[\x90P\x80``\x01Q\x15a\x17\x80W`@Q\x7F\xFF[)\x10\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R3`$\x82\x01R`D\x01a\neV[g\r\xE0\xB6\xB3\xA7d\0\0\x81`\x80\x01Qh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a\x17\xFFW`\x80\x81\x01Q`@Q\x7F\xAF\xD5\xCC\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R3`$\x82\x01Rh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`D\x82\x01Rg\r\xE0\xB6\xB3\xA7d\0\0`d\x82\x01R`\x84\x01a\neV[_\x83\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x85\x83R`\x04\x91\x82\x90R\x90\x91 `\x01\x81\x81\x01\x80T\x92\x93\x91\x92\x90\x91\x90a\x18\x8A\x90\x84\x90c\xFF\xFF\xFF\xFFd\x01\0\0\0\0\x90\x91\x04\x16a4\xB1V[\x92Pa\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\xFF\x16\x81`\x01\x01`\x08\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x18\xD2\x91\x90a4\xCDV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP3`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xB7\xC3S\xD7v\xEB%$\x1E\xAE\x15\x12\xB1\xC9\xF25\x14\x1A\x91\xA7\x8B\x14\xC7\xB0\xB5\xC9\x02\xD3\xEF\x1E\xBD\xD3\x85`@Qa\x19;\x91\x90`\xFF\x91\x90\x91\x16\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[a\x19S\x813a%\x7FV[P_\x81\x81R`\x04` \x90\x81R`@\x80\x83 `\x01\x01T`\x05\x83R\x81\x84 c\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x85R\x92R\x82 `\x02\x01\x80T\x91\x92\x91a\x19\x8F\x90a1\x99V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x19\xBB\x90a1\x99V[\x80\x15a\x1A\x06W\x80`\x1F\x10a\x19\xDDWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1A\x06V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x19\xE9W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x80` \x01\x90Q\x81\x01\x90a\x1A\x1E\x91\x90a3\xD7V[`@Q\x7Fk\x84\xEA^\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x90\x91P`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90ck\x84\xEA^\x90a\x1A\x8C\x903\x90\x85\x90\x88\x90\x88\x90`\x04\x01a4\xEDV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1A\xA3W__\xFD[PZ\xF1\x15\x80\x15a\x1A\xB5W=__>=_\xFD[PP`@Qc\xFF\xFF\xFF\xFF\x85\x16\x81R3\x92P\x85\x91P\x7F\n5e\x0F\xA8\xE2\xE1\xB3\x0Fbk\x1C\x15zuX4\xF9#N+\xB6W\xA3J\xD2\xE2\t\xD2\\\x85\xC3\x90` \x01`@Q\x80\x91\x03\x90\xA3PPPV[`\x02T_\x81\x90\x03a\x1B8W`@Q\x7F\xCC\xC5\xB1\xBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_`\x02U`\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90a\x1Bx\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a \x8EV[\x80`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB6\xC8\x1BRn\x1B\xD5Z8E\xD8\xCA\xA6\xFE\x0C\x1C\xE8{<\x9ESN\xECC\xF4;<\x18I\xD4\xE2\xE8\x83`@Qa\x1B\xB3\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x90V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x1B\xD9\x81a\x1F\x1DV[a\t\x85\x83\x83a\x1F\xEFV[_a\x1B\xED\x81a\x1F\x1DV[a\x1B\xF6\x82a(BV[PPV[_a\x1C\x04\x81a\x1F\x1DV[a\x1B\xF6\x82a)\x11V[_\x83\x81R`\x04` R`@\x81 T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1C^W`@Q\x7F,t\xD6\x1E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\neV[_[\x83\x81\x10\x15a\x1F\x14W_\x86\x81R`\x06` R`@\x81 \x81\x87\x87\x85\x81\x81\x10a\x1C\x88Wa\x1C\x88a5+V[\x90P` \x02\x01` \x81\x01\x90a\x1C\x9D\x91\x90a,\xCEV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q`\xA0\x81\x01\x83R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Re\x01\0\0\0\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rj\x01\0\0\0\0\0\0\0\0\0\0\x83\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04`\xFF\x16\x15\x15``\x82\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x82\x01R\x90Pa\x1D\x85\x87\x87\x87\x85\x81\x81\x10a\x1DiWa\x1Dia5+V[\x90P` \x02\x01` \x81\x01\x90a\x1D~\x91\x90a,\xCEV[\x85\x84a\"\xDEV[a\x1D\x8F\x90\x85a1nV[_\x88\x81R`\x06` R`@\x81 \x91\x95P\x82\x91\x90\x88\x88\x86\x81\x81\x10a\x1D\xB4Wa\x1D\xB4a5+V[\x90P` \x02\x01` \x81\x01\x90a\x1D\xC9\x91\x90a,\xCEV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x83Q\x81T\x93\x85\x01Q\x92\x85\x01Q``\x86\x01Q`\x80\x90\x96\x01Qh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x15\x15v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x92\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x96\x87\x16e\x01\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x98\x16\x96\x90\x94\x16\x95\x90\x95\x17\x95\x90\x95\x17\x91\x90\x91\x16\x92\x90\x92\x17\x91\x90\x91\x17\x92\x90\x92\x16\x17\x90UP`\x01\x01a\x1C`V[PP\x93\x92PPPV[a\x1F'\x813a)\xB2V[PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x1F\xE8W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x1F\xA03\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\t[V[P_a\t[V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x1F\xE8W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\t[V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\t\xD7\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPa*\x1DV[_\x81\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x80a!SW`@Q\x7F,t\xD6\x1E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\neV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x1B\xF6W`@Q\x7F\x15\xE7\x8F@\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16`D\x82\x01R`d\x01a\neV[_\x83\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x81\x16\x91t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82a\")W`@Q\x7F,t\xD6\x1E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x01a\neV[c\xFF\xFF\xFF\xFF\x85\x16\x15\x80a\"CWPa\x02\x08c\xFF\xFF\xFF\xFF\x86\x16\x11[\x15a\"\x8AW`@Q\x7F\x84\xBC\xF4\xD5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01Ra\x02\x08`$\x82\x01R`D\x01a\neV[\x83\x82\x11\x15a\"\xD5W`@Q\x7Fs\xDA\"\xE9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x83\x90R`D\x81\x01\x85\x90R`d\x01a\neV[P\x93P\x93\x91PPV[__a\"\xE9\x83a*\xA2V[\x90\x92P\x90P_\x81\x90\x03a\"\xFFW_\x91PPa#\xF3V[a#)\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82a1WV[\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16a#?\x91\x90a1nV[d\xFF\xFF\xFF\xFF\xFF\x16` \x84\x01R_\x82\x90\x03a#\\W_\x91PPa#\xF3V[`@\x83\x81\x01\x80Q\x84\x90\x03k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x07` R\x90\x81 \x80T\x84\x92\x90a#\x9C\x90\x84\x90a1nV[\x92PP\x81\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x87\x7F#\xD3\x8A\xEA\xDA\xDB[%\xE6Cl{\ro\xCD\xC7\xD4\x08\xB6\t\xD4\xF1\xCE\t\\\xFFk\xBB\xF9\xAC\xC4\x1E\x85`@Qa#\xE9\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4P[\x94\x93PPPPV[_\x80\x80a$\x0Ec\xFF\xFF\xFF\xFF\x85\x16\x86a1WV[`\x01T\x90\x93Pa$;\x90\x84\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16a+\xCFV[\x90\x92P\x90P\x80\x15a$]W\x80`\x02_\x82\x82Ta$W\x91\x90a1nV[\x90\x91UPP[\x92P\x92P\x92V[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a$\xAEW`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\neV[P\x90V[_k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a$\xAEW`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\neV[_\x80a%\x1A\x83h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16a1nV[\x90Ph\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a%2W\x80a#\xF3V[h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x93PPPPV[\x80\x15a\x1F'Wa\x1F'`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a+\xFDV[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Re\x01\0\0\0\0\0\x83\x04\x90\x91\x16\x93\x83\x01\x93\x90\x93Rj\x01\0\0\0\0\0\0\0\0\0\0\x81\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04`\xFF\x16\x15\x15``\x82\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RB\x10a\t[W`@Q\x7F\xF8\x83\xD9\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\neV[`@Q\x7F=\xE0<\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c=\xE0<\"\x90a'\x19\x90\x85\x90`\x04\x01a5\xBBV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a'/W__\xFD[PZ\xFA\x15\x80\x15a'AW=__>=_\xFD[PPP_\x87\x81R`\x04` R`@\x81 `\x01\x01\x80T\x90\x92Pa'h\x90c\xFF\xFF\xFF\xFF\x16a7WV[\x82Tc\xFF\xFF\xFF\xFF\x80\x83\x16a\x01\0\x94\x90\x94\n\x84\x81\x02\x91\x02\x19\x90\x91\x16\x17\x90\x92U_\x88\x81R`\x05` \x90\x81R`@\x80\x83 \x93\x83R\x92\x90R \x86\x81U\x90\x91P`\x01\x81\x01a'\xB2\x85\x87\x83a7\xC6V[P\x82`@Q` \x01a'\xC4\x91\x90a5\xBBV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x81`\x02\x01\x90\x81a'\xE3\x91\x90a8\x80V[P\x81c\xFF\xFF\xFF\xFF\x16\x87\x7F\xF8\x167&\x07\x1D\xE3ll\xD4\x02\x96\xE25\xB4r\0\xC8\x16Z\xE7\x07D\t\xB5\0\xBA\x01\x14\xB1\xB2\xB0\x88\x88\x88`@Qa(\x1F\x93\x92\x91\x90a9;V[`@Q\x80\x91\x03\x90\xA3P\x95\x94PPPPPV[_a(;\x82a*\xA2V[P\x92\x91PPV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a(\x90W`@Q\x7F\xD0I\x9E\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01a\neV[`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a)QW`@Q\x7F\x1A\xD2\x8E\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x1B\xF6W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\neV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a*<W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a*SW\x80`\x01\x14\x15a*`V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\t\x85W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\neV[___\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10\x80a*\xC9WP\x83Qd\xFF\xFF\xFF\xFF\xFF\x16\x81\x10\x15[\x15a*\xD9WP_\x93\x84\x93P\x91PPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x86_\x01Qd\xFF\xFF\xFF\xFF\xFF\x16a+\x11\x91\x90a9pV[a+\x1B\x91\x90a9\x83V[\x85Q\x90\x91Pd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a+sW\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a+Y\x83Ba9pV[a+c\x91\x90a9\x83V[a+n\x90`\x01a1nV[a+uV[\x80[\x92P\x80a+\x82\x84\x82a9pV[\x86`@\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a+\x9F\x91\x90a1WV[a+\xA9\x91\x90a9\x83V[\x85`@\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a+\xC6\x91\x90a9pV[\x93PPP\x91P\x91V[_\x80a'\x10a+\xDE\x84\x86a1WV[a+\xE8\x91\x90a9\x83V[\x90Pa+\xF4\x81\x85a9pV[\x91P\x92P\x92\x90PV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\t\x85\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a \xBBV[_` \x82\x84\x03\x12\x15a,FW__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x16\xD1W__\xFD[_` \x82\x84\x03\x12\x15a,\x85W__\xFD[P5\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1F'W__\xFD[__`@\x83\x85\x03\x12\x15a,\xB1W__\xFD[\x825\x91P` \x83\x015a,\xC3\x81a,\x8CV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a,\xDEW__\xFD[\x815a\x16\xD1\x81a,\x8CV[\x805k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a-\x04W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a-\x1AW__\xFD[\x825\x91Pa-*` \x84\x01a,\xE9V[\x90P\x92P\x92\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1F'W__\xFD[___``\x84\x86\x03\x12\x15a-VW__\xFD[\x835\x92P` \x84\x015a-h\x81a-3V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[__\x83`\x1F\x84\x01\x12a-\x89W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a-\xA0W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a-\xB7W__\xFD[\x92P\x92\x90PV[_`\xA0\x82\x84\x03\x12\x15a-\xCEW__\xFD[P\x91\x90PV[_____`\x80\x86\x88\x03\x12\x15a-\xE8W__\xFD[a-\xF1\x86a,\xE9V[\x94P` \x86\x015\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a.\x13W__\xFD[a.\x1F\x88\x82\x89\x01a-yV[\x90\x94P\x92PP``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a.>W__\xFD[a.J\x88\x82\x89\x01a-\xBEV[\x91PP\x92\x95P\x92\x95\x90\x93PV[_____`\x80\x86\x88\x03\x12\x15a.kW__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a.\x13W__\xFD[__`@\x83\x85\x03\x12\x15a.\xA0W__\xFD[\x825\x91P` \x83\x015a,\xC3\x81a-3V[`\x03\x81\x10a.\xE7W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[_`\xA0\x83\x01`\xFF\x83Q\x16\x84R` \x83\x01Qa/\n` \x86\x01\x82Qa.\xB2V[`\x01`\x01`\xA0\x1B\x03` \x82\x01Q\x16`@\x86\x01Ra\xFF\xFF`@\x82\x01Q\x16``\x86\x01RP`@\x83\x01Q`\xA0`\x80\x86\x01R\x81\x81Q\x80\x84R`\xC0\x87\x01\x91P`\xC0\x81`\x05\x1B\x88\x01\x01\x93P` \x83\x01\x92P_[\x81\x81\x10\x15a0\0W\x87\x85\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF@\x01\x83R\x83Q\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x80\x82\x01Q\x81\x88\x01R`@\x91\x82\x01Q``\x92\x88\x01\x83\x90R\x80Q\x92\x88\x01\x83\x90R\x01\x90_\x90`\x80\x88\x01\x90[\x80\x83\x10\x15a/\xE8Wc\xFF\xFF\xFF\xFF\x84Q\x16\x82R` \x82\x01\x91P` \x84\x01\x93P`\x01\x83\x01\x92Pa/\xBFV[P\x96PPP` \x93\x84\x01\x93\x92\x90\x92\x01\x91`\x01\x01a/WV[P\x92\x96\x95PPPPPPV[\x83\x81R``` \x82\x01R_\x83Q\x80``\x84\x01R\x80` \x86\x01`\x80\x85\x01^_`\x80\x82\x85\x01\x01R`\x1F\x19`\x1F\x82\x01\x16\x83\x01\x90P`\x80\x83\x82\x03\x01`@\x84\x01Ra\x11\xE1`\x80\x82\x01\x85a.\xEBV[`\xFF\x81\x16\x81\x14a\x1F'W__\xFD[__`@\x83\x85\x03\x12\x15a0tW__\xFD[\x825\x91P` \x83\x015a,\xC3\x81a0UV[a\xFF\xFF\x81\x16\x81\x14a\x1F'W__\xFD[_` \x82\x84\x03\x12\x15a0\xA5W__\xFD[\x815a\x16\xD1\x81a0\x86V[___`@\x84\x86\x03\x12\x15a0\xC2W__\xFD[\x835\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\xDFW__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a0\xEFW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a1\x05W__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a1\x19W__\xFD[\x93\x96` \x91\x90\x91\x01\x95P\x92\x93PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t[Wa\t[a1*V[\x80\x82\x01\x80\x82\x11\x15a\t[Wa\t[a1*V[__\x19\x82\x03a1\x92Wa1\x92a1*V[P`\x01\x01\x90V[`\x01\x81\x81\x1C\x90\x82\x16\x80a1\xADW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a-\xCEW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Q``\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a24Wa24a1\xE4V[`@R\x90V[`@Q`\x1F\x82\x01`\x1F\x19\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a2cWa2ca1\xE4V[`@R\x91\x90PV[`\x03\x81\x10a\x1F'W__\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a2\x90Wa2\x90a1\xE4V[P`\x05\x1B` \x01\x90V[_\x82`\x1F\x83\x01\x12a2\xA9W__\xFD[\x81Qa2\xBCa2\xB7\x82a2wV[a2:V[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a2\xDDW__\xFD[` \x85\x01[\x83\x81\x10\x15a\x11\xC0W\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\0W__\xFD[\x86\x01``\x81\x89\x03`\x1F\x19\x01\x12\x15a3\x15W__\xFD[a3\x1Da2\x11V[` \x82\x01Qa3+\x81a,\x8CV[\x81R`@\x82\x01Q` \x82\x01R``\x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3PW__\xFD[` \x81\x84\x01\x01\x92PP\x88`\x1F\x83\x01\x12a3gW__\xFD[\x81Qa3ua2\xB7\x82a2wV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x8B\x83\x11\x15a3\x96W__\xFD[` \x85\x01\x94P[\x82\x85\x10\x15a3\xC1W\x84Qa3\xB0\x81a-3V[\x82R` \x94\x85\x01\x94\x90\x91\x01\x90a3\x9DV[`@\x84\x01RPP\x84RP` \x92\x83\x01\x92\x01a2\xE2V[_` \x82\x84\x03\x12\x15a3\xE7W__\xFD[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\xFDW__\xFD[\x82\x01\x80\x84\x03`\xA0\x81\x12\x15a4\x0FW__\xFD[a4\x17a2\x11V[\x82Qa4\"\x81a0UV[\x81R```\x1F\x19\x83\x01\x12\x15a45W__\xFD[a4=a2\x11V[\x91P` \x83\x01Qa4M\x81a2kV[\x82R`@\x83\x01Qa4]\x81a,\x8CV[` \x83\x01R``\x83\x01Qa4p\x81a0\x86V[`@\x83\x01R` \x81\x01\x91\x90\x91R`\x80\x82\x01Q\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a4\x97W__\xFD[a4\xA3\x86\x83\x85\x01a2\x9AV[`@\x82\x01R\x95\x94PPPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t[Wa\t[a1*V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t[Wa\t[a1*V[`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R`\x80` \x82\x01R_a5\x0E`\x80\x83\x01\x86a.\xEBV[\x90P\x83`@\x83\x01Rc\xFF\xFF\xFF\xFF\x83\x16``\x83\x01R\x95\x94PPPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a5\x8BW__\xFD[\x83\x01` \x81\x01\x92P5\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a5\xAAW__\xFD[\x80`\x05\x1B6\x03\x82\x13\x15a-\xB7W__\xFD[` \x81R_`\xC0\x82\x01\x835a5\xCF\x81a0UV[`\xFF\x81\x16` \x85\x01RP` \x84\x015a5\xE7\x81a2kV[a5\xF4`@\x85\x01\x82a.\xB2V[P`@\x84\x015a6\x03\x81a,\x8CV[`\x01`\x01`\xA0\x1B\x03\x81\x16``\x85\x01RP``\x84\x015a6!\x81a0\x86V[a\xFF\xFF\x81\x16`\x80\x85\x01RPa69`\x80\x85\x01\x85a5XV[`\xA0\x80\x86\x01R\x82\x81\x84R`\xE0\x86\x01\x90P`\xE0\x82`\x05\x1B\x87\x01\x01\x93P\x82_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\x856\x03\x01[\x84\x82\x10\x15a7IW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \x89\x88\x03\x01\x84R\x825\x81\x81\x12a6\xB8W__\xFD[\x86\x01``\x88\x01\x815a6\xC9\x81a,\x8CV[`\x01`\x01`\xA0\x1B\x03\x16\x89R` \x82\x81\x015\x90\x8A\x01Ra6\xEB`@\x83\x01\x83a5XV[```@\x8C\x01R\x91\x82\x90R\x90\x91P_`\x80\x8A\x01[\x83\x82\x10\x15a7-W\x825a7\x12\x81a-3V[c\xFF\xFF\xFF\xFF\x16\x81R` \x92\x83\x01\x92`\x01\x92\x90\x92\x01\x91\x01a6\xFFV[\x99PPP` \x94\x85\x01\x94\x93\x90\x93\x01\x92P`\x01\x91\x90\x91\x01\x90a6|V[P\x94\x98\x97PPPPPPPPV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a7rWa7ra1*V[`\x01\x01\x92\x91PPV[`\x1F\x82\x11\x15a\t\xD7W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a7\xA0WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a7\xBFW_\x81U`\x01\x01a7\xACV[PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a7\xDEWa7\xDEa1\xE4V[a7\xF2\x83a7\xEC\x83Ta1\x99V[\x83a7{V[_`\x1F\x84\x11`\x01\x81\x14a8#W_\x85\x15a8\x0CWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua7\xBFV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a8RW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a82V[P\x86\x82\x10\x15a8nW_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a8\x9AWa8\x9Aa1\xE4V[a8\xAE\x81a8\xA8\x84Ta1\x99V[\x84a7{V[` `\x1F\x82\x11`\x01\x81\x14a8\xE0W_\x83\x15a8\xC9WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua7\xBFV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a9\x0FW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a8\xEFV[P\x84\x82\x10\x15a9,W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[\x83\x81R`@` \x82\x01R\x81`@\x82\x01R\x81\x83``\x83\x017_\x81\x83\x01``\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01`\x1F\x19\x16\x01\x01\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\t[Wa\t[a1*V[_\x82a9\xB6W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610283575f3560e01c8063693ae30a11610157578063a81b2f8d116100d2578063d2ca211511610088578063e4467f351161006e578063e4467f3514610890578063f0f44260146108a3578063ff48cbef146108b6575f5ffd5b8063d2ca211514610857578063d547741f1461087d575f5ffd5b8063bbf6df39116100b8578063bbf6df3914610816578063c9bb1a4814610829578063d113b95c1461084f575f5ffd5b8063a81b2f8d146106ce578063a83a0d301461080b575f5ffd5b80638df08bd41161012757806394e113ea1161010d57806394e113ea146106a5578063a0620634146106bf578063a217fddf146106c7575f5ffd5b80638df08bd41461064757806391d148541461066f575f5ffd5b8063693ae30a146105f65780636af2a68814610618578063775952c6146106215780638037559e14610634575f5ffd5b80633d4d8d4f1161020157806346bfe482116101b757806354a4d0ee1161019d57806354a4d0ee146105ca5780635d04d4c6146105dd57806361d027b3146105e5575f5ffd5b806346bfe482146104535780635469f0f214610466575f5ffd5b80633e94a955116101e75780633e94a9551461040457806340e58ee51461042d578063453e555d14610440575f5ffd5b80633d4d8d4f146103de5780633d8886f1146103f1575f5ffd5b80632f2ff15d1161025657806335659fb81161023c57806335659fb81461038a57806336568abe146103bc5780633913feda146103cf575f5ffd5b80632f2ff15d14610337578063314a051c1461034c575f5ffd5b806301ffc9a7146102875780630a254640146102af578063143e55e0146102cd578063248a9ca314610307575b5f5ffd5b61029a610295366004612c36565b6108c9565b60405190151581526020015b60405180910390f35b6102b861020881565b60405163ffffffff90911681526020016102a6565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016102a6565b610329610315366004612c75565b5f9081526020819052604090206001015490565b6040519081526020016102a6565b61034a610345366004612ca0565b610961565b005b61029a61035a366004612ca0565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205464ffffffffff16421090565b60015474010000000000000000000000000000000000000000900461ffff1660405161ffff90911681526020016102a6565b61034a6103ca366004612ca0565b61098b565b610329670de0b6b3a764000081565b6103296103ec366004612cce565b6109dc565b61034a6103ff366004612d09565b610af6565b610417610412366004612d44565b610b80565b60405164ffffffffff90911681526020016102a6565b61032961043b366004612c75565b610f21565b61032961044e366004612dd4565b61112b565b6102b8610461366004612e57565b6111ca565b610560610474366004612ca0565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f8281526006602090815260408083206001600160a01b0385168452825291829020825160a081018452905464ffffffffff808216835265010000000000820416928201929092526bffffffffffffffffffffffff6a01000000000000000000008304169281019290925260ff7601000000000000000000000000000000000000000000008204161515606083015268ffffffffffffffffff7701000000000000000000000000000000000000000000000090910416608082015292915050565b6040516102a691905f60a08201905064ffffffffff835116825264ffffffffff60208401511660208301526bffffffffffffffffffffffff604084015116604083015260608301511515606083015268ffffffffffffffffff608084015116608083015292915050565b6104176105d8366004612d44565b6111eb565b600254610329565b6001546001600160a01b03166102ef565b610609610604366004612e8f565b61146d565b6040516102a69392919061300c565b610329610e1081565b61032961062f366004612ca0565b61160e565b61034a610642366004613063565b6116d8565b610329610655366004612cce565b6001600160a01b03165f9081526007602052604090205490565b61029a61067d366004612ca0565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6106ad600581565b60405160ff90911681526020016102a6565b600354610329565b6103295f81565b61079d6106dc366004612c75565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260046020908152604091829020825160a08101845281546001600160a01b03811682527401000000000000000000000000000000000000000090046bffffffffffffffffffffffff16928101929092526001015463ffffffff80821693830193909352640100000000810490921660608201526801000000000000000090910467ffffffffffffffff16608082015290565b6040516102a691905f60a0820190506001600160a01b0383511682526bffffffffffffffffffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff606084015116606083015267ffffffffffffffff608084015116608083015292915050565b6103296301e1338081565b61034a610824366004612c75565b611949565b7f00000000000000000000000000000000000000000000000000000000000000006102ef565b610329611afb565b7f0000000000000000000000000000000000000000000000000000000000000000610329565b61034a61088b366004612ca0565b611bbf565b61034a61089e366004613095565b611be3565b61034a6108b1366004612cce565b611bfa565b6103296108c43660046130b0565b611c0d565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061095b57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8281526020819052604090206001015461097b81611f1d565b6109858383611f2a565b50505050565b6001600160a01b03811633146109cd576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6109d78282611fef565b505050565b5f6001600160a01b038216610a1d576040517f1ad28ed200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50335f9081526007602052604081205490819003610a6e576040517f975deb9a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b335f90815260076020526040812055610ab17f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316838361208e565b6040518181526001600160a01b0383169033907f0c8584df0a37548f26644c41809e5f908b58e8888dd441691e8a2174ec89f3059060200160405180910390a3919050565b610aff82612102565b5f8281526004602090815260409182902080546001600160a01b0316740100000000000000000000000000000000000000006bffffffffffffffffffffffff861690810291909117909155915191825283917fdea6bed898b626a24bdf8d342b998b38fbc7a15c290df452c35919a2aff711fd910160405180910390a25050565b5f5f5f610b8e8686866121ad565b5f888152600660209081526040808320338452825291829020825160a081018452905464ffffffffff808216808452650100000000008304909116938301939093526a010000000000000000000081046bffffffffffffffffffffffff1693820193909352760100000000000000000000000000000000000000000000830460ff16151560608201527701000000000000000000000000000000000000000000000090920468ffffffffffffffffff16608083015292945090925090421015610c9c5780516040517fd58b72140000000000000000000000000000000000000000000000000000000081526004810189905233602482015264ffffffffff9091166044820152606401610a65565b60408101516bffffffffffffffffffffffff1615610cc257610cc0873385846122de565b505b5f5f5f610ccf858a6123fb565b91945092509050610d18610d097f000000000000000000000000000000000000000000000000000000000000000063ffffffff8c16613157565b610d13904261316e565b612464565b96506040518060a001604052808864ffffffffff1681526020014264ffffffffff168152602001610d48846124b2565b6bffffffffffffffffffffffff1681526020015f15158152602001610d6d5f86612503565b68ffffffffffffffffff9081169091525f8c81526006602090815260408083203384528252918290208451815492860151938601516060870151608090970151909516770100000000000000000000000000000000000000000000000276ffffffffffffffffffffffffffffffffffffffffffffff961515760100000000000000000000000000000000000000000000027fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9097166a010000000000000000000002969096167fffffffffffffffffff00000000000000000000000000ffffffffffffffffffff64ffffffffff96871665010000000000027fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000090961696909316959095179390931716929092179290921792909216179055610ebb83612544565b6040805163ffffffff8b16815264ffffffffff891660208201529081018490526060810182905233908b907ff6ca263876fcaf1b9d7b007e1ffe6127bb399b083fd0b8b3a02d185c764ea872906080015b60405180910390a35050505050509392505050565b5f5f610f2d833361257f565b5f84815260046020526040902054909150610f5590849033906001600160a01b0316846122de565b50604080820180515f8083526020808601805164ffffffffff9081168852898452600683528684203385529092529490912085518154955194516060880151608089015168ffffffffffffffffff16770100000000000000000000000000000000000000000000000276ffffffffffffffffffffffffffffffffffffffffffffff911515760100000000000000000000000000000000000000000000027fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9485166a010000000000000000000002167fffffffffffffffffff00000000000000000000000000ffffffffffffffffffff99881665010000000000027fffffffffffffffffffffffffffffffffffffffffffff00000000000000000000909b16959097169490941798909817969096169390931717939093169390931790915516915081156110de576110de6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016338461208e565b80516040805164ffffffffff909216825260208201849052339185917fb48f7be65b15a4ccf36a31550434228ceae0dc17c62e1596804245636768c7f2910160405180910390a350919050565b5f60035f815461113a90613181565b91829055505f818152600460209081526040918290206bffffffffffffffffffffffff8a1674010000000000000000000000000000000000000000810233908117909255925192835292935083917f4a6a36780022add9b5c8a65959c3404f3994dc00f9bcf708cb4bcd6e62257b8e910160405180910390a36111c081868686866126b2565b5095945050505050565b5f6111d486612102565b6111e186868686866126b2565b9695505050505050565b5f5f5f6111f98686866121ad565b915091505f611208873361257f565b9050611216873385846122de565b505f5f5f611224858a6123fb565b9194509250905061127161125e7f000000000000000000000000000000000000000000000000000000000000000063ffffffff8c16613157565b8551610d13919064ffffffffff1661316e565b64ffffffffff8116855260408501519097506112a5906112a09084906bffffffffffffffffffffffff1661316e565b6124b2565b6bffffffffffffffffffffffff16604085015260808401516112c79084612503565b68ffffffffffffffffff908116608086019081525f8c815260066020908152604080832033845282529182902088518154928a0151938a015160608b01519551909616770100000000000000000000000000000000000000000000000276ffffffffffffffffffffffffffffffffffffffffffffff951515760100000000000000000000000000000000000000000000027fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9098166a010000000000000000000002979097167fffffffffffffffffff00000000000000000000000000ffffffffffffffffffff64ffffffffff96871665010000000000027fffffffffffffffffffffffffffffffffffffffffffff000000000000000000009096169690931695909517939093171692909217939093179190911691909117905561141883612544565b6040805163ffffffff8b16815264ffffffffff891660208201529081018490526060810182905233908b907fa9c117ac540e907d3dfda909457dcef9c407567861af66c954f5f128625d75dd90608001610f0c565b60408051606081810183525f808352835180830185528181526020808201839052818601839052840152928201819052905f85815260056020908152604080832063ffffffff8816845290915290208054600182018054919550906114d190613199565b80601f01602080910402602001604051908101604052809291908181526020018280546114fd90613199565b80156115485780601f1061151f57610100808354040283529160200191611548565b820191905f5260205f20905b81548152906001019060200180831161152b57829003601f168201915b5050505050925080600201805461155e90613199565b1590506116065780600201805461157490613199565b80601f01602080910402602001604051908101604052809291908181526020018280546115a090613199565b80156115eb5780601f106115c2576101008083540402835291602001916115eb565b820191905f5260205f20905b8154815290600101906020018083116115ce57829003601f168201915b505050505080602001905181019061160391906133d7565b91505b509250925092565b5f8281526006602090815260408083206001600160a01b03851684528252808320815160a081018352905464ffffffffff808216835265010000000000820416938201939093526a010000000000000000000083046bffffffffffffffffffffffff1691810191909152760100000000000000000000000000000000000000000000820460ff16151560608201527701000000000000000000000000000000000000000000000090910468ffffffffffffffffff1660808201526116d190612831565b9392505050565b60ff811615806116eb5750600560ff8216115b1561172e576040517fe0074a8f00000000000000000000000000000000000000000000000000000000815260ff8216600482015260056024820152604401610a65565b5f611739833361257f565b9050806060015115611780576040517fff5b291000000000000000000000000000000000000000000000000000000000815260048101849052336024820152604401610a65565b670de0b6b3a7640000816080015168ffffffffffffffffff1610156117ff5760808101516040517fafd5ccfc0000000000000000000000000000000000000000000000000000000081526004810185905233602482015268ffffffffffffffffff9091166044820152670de0b6b3a76400006064820152608401610a65565b5f838152600660209081526040808320338452825280832080547fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff16760100000000000000000000000000000000000000000000179055858352600491829052909120600181810180549293919290919061188a90849063ffffffff640100000000909104166134b1565b92506101000a81548163ffffffff021916908363ffffffff1602179055508260ff168160010160088282829054906101000a900467ffffffffffffffff166118d291906134cd565b92506101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550336001600160a01b0316847fb7c353d776eb25241eae1512b1c9f235141a91a78b14c7b0b5c902d3ef1ebdd38560405161193b919060ff91909116815260200190565b60405180910390a350505050565b611953813361257f565b505f818152600460209081526040808320600101546005835281842063ffffffff90911680855292528220600201805491929161198f90613199565b80601f01602080910402602001604051908101604052809291908181526020018280546119bb90613199565b8015611a065780601f106119dd57610100808354040283529160200191611a06565b820191905f5260205f20905b8154815290600101906020018083116119e957829003601f168201915b5050505050806020019051810190611a1e91906133d7565b6040517f6b84ea5e0000000000000000000000000000000000000000000000000000000081529091506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636b84ea5e90611a8c9033908590889088906004016134ed565b5f604051808303815f87803b158015611aa3575f5ffd5b505af1158015611ab5573d5f5f3e3d5ffd5b505060405163ffffffff851681523392508591507f0a35650fa8e2e1b30f626b1c157a755834f9234e2bb657a34ad2e209d25c85c39060200160405180910390a3505050565b6002545f819003611b38576040517fccc5b1bf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6002556001546001600160a01b0390811690611b78907f000000000000000000000000000000000000000000000000000000000000000016828461208e565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e883604051611bb391815260200190565b60405180910390a25090565b5f82815260208190526040902060010154611bd981611f1d565b6109858383611fef565b5f611bed81611f1d565b611bf682612842565b5050565b5f611c0481611f1d565b611bf682612911565b5f838152600460205260408120546001600160a01b031680611c5e576040517f2c74d61e00000000000000000000000000000000000000000000000000000000815260048101869052602401610a65565b5f5b83811015611f14575f86815260066020526040812081878785818110611c8857611c8861352b565b9050602002016020810190611c9d9190612cce565b6001600160a01b0316815260208082019290925260409081015f20815160a081018352905464ffffffffff808216835265010000000000820416938201939093526a010000000000000000000083046bffffffffffffffffffffffff1691810191909152760100000000000000000000000000000000000000000000820460ff16151560608201527701000000000000000000000000000000000000000000000090910468ffffffffffffffffff1660808201529050611d8587878785818110611d6957611d6961352b565b9050602002016020810190611d7e9190612cce565b85846122de565b611d8f908561316e565b5f888152600660205260408120919550829190888886818110611db457611db461352b565b9050602002016020810190611dc99190612cce565b6001600160a01b0316815260208082019290925260409081015f20835181549385015192850151606086015160809096015168ffffffffffffffffff16770100000000000000000000000000000000000000000000000276ffffffffffffffffffffffffffffffffffffffffffffff961515760100000000000000000000000000000000000000000000027fffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffff6bffffffffffffffffffffffff9093166a010000000000000000000002929092167fffffffffffffffffff00000000000000000000000000ffffffffffffffffffff64ffffffffff96871665010000000000027fffffffffffffffffffffffffffffffffffffffffffff000000000000000000009098169690941695909517959095179190911692909217919091179290921617905550600101611c60565b50509392505050565b611f2781336129b2565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16611fe8575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055611fa03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161095b565b505f61095b565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1615611fe8575f838152602081815260408083206001600160a01b038616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161095b565b6040516001600160a01b038381166024830152604482018390526109d791859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050612a1d565b5f818152600460205260409020546001600160a01b031680612153576040517f2c74d61e00000000000000000000000000000000000000000000000000000000815260048101839052602401610a65565b6001600160a01b0381163314611bf6576040517f15e78f40000000000000000000000000000000000000000000000000000000008152600481018390523360248201526001600160a01b0382166044820152606401610a65565b5f83815260046020526040902080546001600160a01b03811691740100000000000000000000000000000000000000009091046bffffffffffffffffffffffff169082612229576040517f2c74d61e00000000000000000000000000000000000000000000000000000000815260048101879052602401610a65565b63ffffffff85161580612243575061020863ffffffff8616115b1561228a576040517f84bcf4d500000000000000000000000000000000000000000000000000000000815263ffffffff861660048201526102086024820152604401610a65565b838211156122d5576040517f73da22e9000000000000000000000000000000000000000000000000000000008152600481018790526024810183905260448101859052606401610a65565b50935093915050565b5f5f6122e983612aa2565b90925090505f8190036122ff575f9150506123f3565b6123297f000000000000000000000000000000000000000000000000000000000000000082613157565b836020015164ffffffffff1661233f919061316e565b64ffffffffff1660208401525f82900361235c575f9150506123f3565b604083810180518490036bffffffffffffffffffffffff1690526001600160a01b0385165f9081526007602052908120805484929061239c90849061316e565b92505081905550836001600160a01b0316856001600160a01b0316877f23d38aeadadb5b25e6436c7b0d6fcdc7d408b609d4f1ce095cff6bbbf9acc41e856040516123e991815260200190565b60405180910390a4505b949350505050565b5f808061240e63ffffffff851686613157565b60015490935061243b90849074010000000000000000000000000000000000000000900461ffff16612bcf565b9092509050801561245d578060025f828254612457919061316e565b90915550505b9250925092565b5f64ffffffffff8211156124ae576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526028600482015260248101839052604401610a65565b5090565b5f6bffffffffffffffffffffffff8211156124ae576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526060600482015260248101839052604401610a65565b5f8061251a8368ffffffffffffffffff861661316e565b905068ffffffffffffffffff811161253257806123f3565b68ffffffffffffffffff949350505050565b8015611f2757611f276001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333084612bfd565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f8281526006602090815260408083206001600160a01b0385168452825291829020825160a081018452905464ffffffffff808216808452650100000000008304909116938301939093526a010000000000000000000081046bffffffffffffffffffffffff1693820193909352760100000000000000000000000000000000000000000000830460ff16151560608201527701000000000000000000000000000000000000000000000090920468ffffffffffffffffff166080830152421061095b576040517ff883d922000000000000000000000000000000000000000000000000000000008152600481018490526001600160a01b0383166024820152604401610a65565b6040517f3de03c220000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633de03c22906127199085906004016135bb565b5f6040518083038186803b15801561272f575f5ffd5b505afa158015612741573d5f5f3e3d5ffd5b5050505f87815260046020526040812060010180549092506127689063ffffffff16613757565b825463ffffffff8083166101009490940a848102910219909116179092555f88815260056020908152604080832093835292905220868155909150600181016127b28587836137c6565b50826040516020016127c491906135bb565b6040516020818303038152906040528160020190816127e39190613880565b508163ffffffff16877ff8163726071de36c6cd40296e235b47200c8165ae7074409b500ba0114b1b2b088888860405161281f9392919061393b565b60405180910390a35095945050505050565b5f61283b82612aa2565b5092915050565b6107d061ffff82161115612890576040517fd0499e9f00000000000000000000000000000000000000000000000000000000815261ffff821660048201526107d06024820152604401610a65565b600180547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000061ffff8416908102919091179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b038116612951576040517f1ad28ed200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b5f828152602081815260408083206001600160a01b038516845290915290205460ff16611bf6576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260248101839052604401610a65565b5f5f60205f8451602086015f885af180612a3c576040513d5f823e3d81fd5b50505f513d91508115612a53578060011415612a60565b6001600160a01b0384163b155b15610985576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610a65565b5f5f5f836020015164ffffffffff16905080421080612ac95750835164ffffffffff168110155b15612ad957505f93849350915050565b5f7f000000000000000000000000000000000000000000000000000000000000000082865f015164ffffffffff16612b119190613970565b612b1b9190613983565b855190915064ffffffffff16421015612b73577f0000000000000000000000000000000000000000000000000000000000000000612b598342613970565b612b639190613983565b612b6e90600161316e565b612b75565b805b925080612b828482613970565b86604001516bffffffffffffffffffffffff16612b9f9190613157565b612ba99190613983565b85604001516bffffffffffffffffffffffff16612bc69190613970565b93505050915091565b5f80612710612bde8486613157565b612be89190613983565b9050612bf48185613970565b91509250929050565b6040516001600160a01b0384811660248301528381166044830152606482018390526109859186918216906323b872dd906084016120bb565b5f60208284031215612c46575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146116d1575f5ffd5b5f60208284031215612c85575f5ffd5b5035919050565b6001600160a01b0381168114611f27575f5ffd5b5f5f60408385031215612cb1575f5ffd5b823591506020830135612cc381612c8c565b809150509250929050565b5f60208284031215612cde575f5ffd5b81356116d181612c8c565b80356bffffffffffffffffffffffff81168114612d04575f5ffd5b919050565b5f5f60408385031215612d1a575f5ffd5b82359150612d2a60208401612ce9565b90509250929050565b63ffffffff81168114611f27575f5ffd5b5f5f5f60608486031215612d56575f5ffd5b833592506020840135612d6881612d33565b929592945050506040919091013590565b5f5f83601f840112612d89575f5ffd5b50813567ffffffffffffffff811115612da0575f5ffd5b602083019150836020828501011115612db7575f5ffd5b9250929050565b5f60a08284031215612dce575f5ffd5b50919050565b5f5f5f5f5f60808688031215612de8575f5ffd5b612df186612ce9565b945060208601359350604086013567ffffffffffffffff811115612e13575f5ffd5b612e1f88828901612d79565b909450925050606086013567ffffffffffffffff811115612e3e575f5ffd5b612e4a88828901612dbe565b9150509295509295909350565b5f5f5f5f5f60808688031215612e6b575f5ffd5b8535945060208601359350604086013567ffffffffffffffff811115612e13575f5ffd5b5f5f60408385031215612ea0575f5ffd5b823591506020830135612cc381612d33565b60038110612ee7577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f60a0830160ff83511684526020830151612f0a602086018251612eb2565b6001600160a01b03602082015116604086015261ffff604082015116606086015250604083015160a0608086015281815180845260c08701915060c08160051b88010193506020830192505f5b81811015613000578785037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff40018352835180516001600160a01b03168652602080820151818801526040918201516060928801839052805192880183905201905f9060808801905b80831015612fe85763ffffffff8451168252602082019150602084019350600183019250612fbf565b50965050506020938401939290920191600101612f57565b50929695505050505050565b838152606060208201525f83518060608401528060208601608085015e5f60808285010152601f19601f8201168301905060808382030160408401526111e16080820185612eeb565b60ff81168114611f27575f5ffd5b5f5f60408385031215613074575f5ffd5b823591506020830135612cc381613055565b61ffff81168114611f27575f5ffd5b5f602082840312156130a5575f5ffd5b81356116d181613086565b5f5f5f604084860312156130c2575f5ffd5b83359250602084013567ffffffffffffffff8111156130df575f5ffd5b8401601f810186136130ef575f5ffd5b803567ffffffffffffffff811115613105575f5ffd5b8660208260051b8401011115613119575f5ffd5b939660209190910195509293505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808202811582820484141761095b5761095b61312a565b8082018082111561095b5761095b61312a565b5f5f1982036131925761319261312a565b5060010190565b600181811c908216806131ad57607f821691505b602082108103612dce577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040516060810167ffffffffffffffff81118282101715613234576132346131e4565b60405290565b604051601f8201601f1916810167ffffffffffffffff81118282101715613263576132636131e4565b604052919050565b60038110611f27575f5ffd5b5f67ffffffffffffffff821115613290576132906131e4565b5060051b60200190565b5f82601f8301126132a9575f5ffd5b81516132bc6132b782613277565b61323a565b8082825260208201915060208360051b8601019250858311156132dd575f5ffd5b602085015b838110156111c057805167ffffffffffffffff811115613300575f5ffd5b86016060818903601f19011215613315575f5ffd5b61331d613211565b602082015161332b81612c8c565b815260408201516020820152606082015167ffffffffffffffff811115613350575f5ffd5b60208184010192505088601f830112613367575f5ffd5b81516133756132b782613277565b8082825260208201915060208360051b86010192508b831115613396575f5ffd5b6020850194505b828510156133c15784516133b081612d33565b82526020948501949091019061339d565b60408401525050845250602092830192016132e2565b5f602082840312156133e7575f5ffd5b815167ffffffffffffffff8111156133fd575f5ffd5b820180840360a081121561340f575f5ffd5b613417613211565b825161342281613055565b81526060601f1983011215613435575f5ffd5b61343d613211565b9150602083015161344d8161326b565b8252604083015161345d81612c8c565b6020830152606083015161347081613086565b6040830152602081019190915260808201519067ffffffffffffffff821115613497575f5ffd5b6134a38683850161329a565b604082015295945050505050565b63ffffffff818116838216019081111561095b5761095b61312a565b67ffffffffffffffff818116838216019081111561095b5761095b61312a565b6001600160a01b0385168152608060208201525f61350e6080830186612eeb565b905083604083015263ffffffff8316606083015295945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe184360301811261358b575f5ffd5b830160208101925035905067ffffffffffffffff8111156135aa575f5ffd5b8060051b3603821315612db7575f5ffd5b602081525f60c0820183356135cf81613055565b60ff811660208501525060208401356135e78161326b565b6135f46040850182612eb2565b50604084013561360381612c8c565b6001600160a01b038116606085015250606084013561362181613086565b61ffff81166080850152506136396080850185613558565b60a0808601528281845260e08601905060e08260051b8701019350825f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1853603015b84821015613749577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff2089880301845282358181126136b8575f5ffd5b86016060880181356136c981612c8c565b6001600160a01b03168952602082810135908a01526136eb6040830183613558565b606060408c0152918290529091505f60808a015b8382101561372d57823561371281612d33565b63ffffffff16815260209283019260019290920191016136ff565b995050506020948501949390930192506001919091019061367c565b509498975050505050505050565b5f63ffffffff821663ffffffff81036137725761377261312a565b60010192915050565b601f8211156109d757805f5260205f20601f840160051c810160208510156137a05750805b601f840160051c820191505b818110156137bf575f81556001016137ac565b5050505050565b67ffffffffffffffff8311156137de576137de6131e4565b6137f2836137ec8354613199565b8361377b565b5f601f841160018114613823575f851561380c5750838201355b5f19600387901b1c1916600186901b1783556137bf565b5f83815260208120601f198716915b828110156138525786850135825560209485019460019092019101613832565b508682101561386e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b815167ffffffffffffffff81111561389a5761389a6131e4565b6138ae816138a88454613199565b8461377b565b6020601f8211600181146138e0575f83156138c95750848201515b5f19600385901b1c1916600184901b1784556137bf565b5f84815260208120601f198516915b8281101561390f57878501518255602094850194600190920191016138ef565b508482101561392c57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b8181038181111561095b5761095b61312a565b5f826139b6577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02\x83W_5`\xE0\x1C\x80ci:\xE3\n\x11a\x01WW\x80c\xA8\x1B/\x8D\x11a\0\xD2W\x80c\xD2\xCA!\x15\x11a\0\x88W\x80c\xE4F\x7F5\x11a\0nW\x80c\xE4F\x7F5\x14a\x08\x90W\x80c\xF0\xF4B`\x14a\x08\xA3W\x80c\xFFH\xCB\xEF\x14a\x08\xB6W__\xFD[\x80c\xD2\xCA!\x15\x14a\x08WW\x80c\xD5Gt\x1F\x14a\x08}W__\xFD[\x80c\xBB\xF6\xDF9\x11a\0\xB8W\x80c\xBB\xF6\xDF9\x14a\x08\x16W\x80c\xC9\xBB\x1AH\x14a\x08)W\x80c\xD1\x13\xB9\\\x14a\x08OW__\xFD[\x80c\xA8\x1B/\x8D\x14a\x06\xCEW\x80c\xA8:\r0\x14a\x08\x0BW__\xFD[\x80c\x8D\xF0\x8B\xD4\x11a\x01'W\x80c\x94\xE1\x13\xEA\x11a\x01\rW\x80c\x94\xE1\x13\xEA\x14a\x06\xA5W\x80c\xA0b\x064\x14a\x06\xBFW\x80c\xA2\x17\xFD\xDF\x14a\x06\xC7W__\xFD[\x80c\x8D\xF0\x8B\xD4\x14a\x06GW\x80c\x91\xD1HT\x14a\x06oW__\xFD[\x80ci:\xE3\n\x14a\x05\xF6W\x80cj\xF2\xA6\x88\x14a\x06\x18W\x80cwYR\xC6\x14a\x06!W\x80c\x807U\x9E\x14a\x064W__\xFD[\x80c=M\x8DO\x11a\x02\x01W\x80cF\xBF\xE4\x82\x11a\x01\xB7W\x80cT\xA4\xD0\xEE\x11a\x01\x9DW\x80cT\xA4\xD0\xEE\x14a\x05\xCAW\x80c]\x04\xD4\xC6\x14a\x05\xDDW\x80ca\xD0'\xB3\x14a\x05\xE5W__\xFD[\x80cF\xBF\xE4\x82\x14a\x04SW\x80cTi\xF0\xF2\x14a\x04fW__\xFD[\x80c>\x94\xA9U\x11a\x01\xE7W\x80c>\x94\xA9U\x14a\x04\x04W\x80c@\xE5\x8E\xE5\x14a\x04-W\x80cE>U]\x14a\x04@W__\xFD[\x80c=M\x8DO\x14a\x03\xDEW\x80c=\x88\x86\xF1\x14a\x03\xF1W__\xFD[\x80c//\xF1]\x11a\x02VW\x80c5e\x9F\xB8\x11a\x02<W\x80c5e\x9F\xB8\x14a\x03\x8AW\x80c6V\x8A\xBE\x14a\x03\xBCW\x80c9\x13\xFE\xDA\x14a\x03\xCFW__\xFD[\x80c//\xF1]\x14a\x037W\x80c1J\x05\x1C\x14a\x03LW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02\x87W\x80c\n%F@\x14a\x02\xAFW\x80c\x14>U\xE0\x14a\x02\xCDW\x80c$\x8A\x9C\xA3\x14a\x03\x07W[__\xFD[a\x02\x9Aa\x02\x956`\x04a,6V[a\x08\xC9V[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02\xB8a\x02\x08\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA6V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02\xA6V[a\x03)a\x03\x156`\x04a,uV[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x02\xA6V[a\x03Ja\x03E6`\x04a,\xA0V[a\taV[\0[a\x02\x9Aa\x03Z6`\x04a,\xA0V[_\x91\x82R`\x06` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Td\xFF\xFF\xFF\xFF\xFF\x16B\x10\x90V[`\x01Tt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA6V[a\x03Ja\x03\xCA6`\x04a,\xA0V[a\t\x8BV[a\x03)g\r\xE0\xB6\xB3\xA7d\0\0\x81V[a\x03)a\x03\xEC6`\x04a,\xCEV[a\t\xDCV[a\x03Ja\x03\xFF6`\x04a-\tV[a\n\xF6V[a\x04\x17a\x04\x126`\x04a-DV[a\x0B\x80V[`@Qd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xA6V[a\x03)a\x04;6`\x04a,uV[a\x0F!V[a\x03)a\x04N6`\x04a-\xD4V[a\x11+V[a\x02\xB8a\x04a6`\x04a.WV[a\x11\xCAV[a\x05`a\x04t6`\x04a,\xA0V[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Re\x01\0\0\0\0\0\x82\x04\x16\x92\x82\x01\x92\x90\x92Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFj\x01\0\0\0\0\0\0\0\0\0\0\x83\x04\x16\x92\x81\x01\x92\x90\x92R`\xFFv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x15\x15``\x83\x01Rh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x80\x82\x01R\x92\x91PPV[`@Qa\x02\xA6\x91\x90_`\xA0\x82\x01\x90Pd\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rd\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01R``\x83\x01Q\x15\x15``\x83\x01Rh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R\x92\x91PPV[a\x04\x17a\x05\xD86`\x04a-DV[a\x11\xEBV[`\x02Ta\x03)V[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x02\xEFV[a\x06\ta\x06\x046`\x04a.\x8FV[a\x14mV[`@Qa\x02\xA6\x93\x92\x91\x90a0\x0CV[a\x03)a\x0E\x10\x81V[a\x03)a\x06/6`\x04a,\xA0V[a\x16\x0EV[a\x03Ja\x06B6`\x04a0cV[a\x16\xD8V[a\x03)a\x06U6`\x04a,\xCEV[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x07` R`@\x90 T\x90V[a\x02\x9Aa\x06}6`\x04a,\xA0V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x06\xAD`\x05\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02\xA6V[`\x03Ta\x03)V[a\x03)_\x81V[a\x07\x9Da\x06\xDC6`\x04a,uV[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82Rt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R`\x01\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rd\x01\0\0\0\0\x81\x04\x90\x92\x16``\x82\x01Rh\x01\0\0\0\0\0\0\0\0\x90\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x82\x01R\x90V[`@Qa\x02\xA6\x91\x90_`\xA0\x82\x01\x90P`\x01`\x01`\xA0\x1B\x03\x83Q\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x84\x01Q\x16`\x80\x83\x01R\x92\x91PPV[a\x03)c\x01\xE13\x80\x81V[a\x03Ja\x08$6`\x04a,uV[a\x19IV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x02\xEFV[a\x03)a\x1A\xFBV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x03)V[a\x03Ja\x08\x8B6`\x04a,\xA0V[a\x1B\xBFV[a\x03Ja\x08\x9E6`\x04a0\x95V[a\x1B\xE3V[a\x03Ja\x08\xB16`\x04a,\xCEV[a\x1B\xFAV[a\x03)a\x08\xC46`\x04a0\xB0V[a\x1C\rV[_\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x14\x80a\t[WP\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x16\x14[\x92\x91PPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\t{\x81a\x1F\x1DV[a\t\x85\x83\x83a\x1F*V[PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\t\xCDW`@Q\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\t\xD7\x82\x82a\x1F\xEFV[PPPV[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\n\x1DW`@Q\x7F\x1A\xD2\x8E\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P3_\x90\x81R`\x07` R`@\x81 T\x90\x81\x90\x03a\nnW`@Q\x7F\x97]\xEB\x9A\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x07` R`@\x81 Ua\n\xB1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x83\x83a \x8EV[`@Q\x81\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x903\x90\x7F\x0C\x85\x84\xDF\n7T\x8F&dLA\x80\x9E_\x90\x8BX\xE8\x88\x8D\xD4Ai\x1E\x8A!t\xEC\x89\xF3\x05\x90` \x01`@Q\x80\x91\x03\x90\xA3\x91\x90PV[a\n\xFF\x82a!\x02V[_\x82\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U\x91Q\x91\x82R\x83\x91\x7F\xDE\xA6\xBE\xD8\x98\xB6&\xA2K\xDF\x8D4+\x99\x8B8\xFB\xC7\xA1\\)\r\xF4R\xC3Y\x19\xA2\xAF\xF7\x11\xFD\x91\x01`@Q\x80\x91\x03\x90\xA2PPV[___a\x0B\x8E\x86\x86\x86a!\xADV[_\x88\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Re\x01\0\0\0\0\0\x83\x04\x90\x91\x16\x93\x83\x01\x93\x90\x93Rj\x01\0\0\0\0\0\0\0\0\0\0\x81\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04`\xFF\x16\x15\x15``\x82\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01R\x92\x94P\x90\x92P\x90B\x10\x15a\x0C\x9CW\x80Q`@Q\x7F\xD5\x8Br\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x89\x90R3`$\x82\x01Rd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\neV[`@\x81\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x0C\xC2Wa\x0C\xC0\x873\x85\x84a\"\xDEV[P[___a\x0C\xCF\x85\x8Aa#\xFBV[\x91\x94P\x92P\x90Pa\r\x18a\r\t\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x8C\x16a1WV[a\r\x13\x90Ba1nV[a$dV[\x96P`@Q\x80`\xA0\x01`@R\x80\x88d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01Bd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\rH\x84a$\xB2V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01_\x15\x15\x81R` \x01a\rm_\x86a%\x03V[h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x91R_\x8C\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x84Q\x81T\x92\x86\x01Q\x93\x86\x01Q``\x87\x01Q`\x80\x90\x97\x01Q\x90\x95\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x15\x15v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x97\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x96\x90\x96\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x96\x87\x16e\x01\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x96\x90\x93\x16\x95\x90\x95\x17\x93\x90\x93\x17\x16\x92\x90\x92\x17\x92\x90\x92\x17\x92\x90\x92\x16\x17\x90Ua\x0E\xBB\x83a%DV[`@\x80Qc\xFF\xFF\xFF\xFF\x8B\x16\x81Rd\xFF\xFF\xFF\xFF\xFF\x89\x16` \x82\x01R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R3\x90\x8B\x90\x7F\xF6\xCA&8v\xFC\xAF\x1B\x9D{\0~\x1F\xFEa'\xBB9\x9B\x08?\xD0\xB8\xB3\xA0-\x18\\vN\xA8r\x90`\x80\x01[`@Q\x80\x91\x03\x90\xA3PPPPPP\x93\x92PPPV[__a\x0F-\x833a%\x7FV[_\x84\x81R`\x04` R`@\x90 T\x90\x91Pa\x0FU\x90\x84\x903\x90`\x01`\x01`\xA0\x1B\x03\x16\x84a\"\xDEV[P`@\x80\x82\x01\x80Q_\x80\x83R` \x80\x86\x01\x80Qd\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x88R\x89\x84R`\x06\x83R\x86\x84 3\x85R\x90\x92R\x94\x90\x91 \x85Q\x81T\x95Q\x94Q``\x88\x01Q`\x80\x89\x01Qh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x15\x15v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x99\x88\x16e\x01\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x9B\x16\x95\x90\x97\x16\x94\x90\x94\x17\x98\x90\x98\x17\x96\x90\x96\x16\x93\x90\x93\x17\x17\x93\x90\x93\x16\x93\x90\x93\x17\x90\x91U\x16\x91P\x81\x15a\x10\xDEWa\x10\xDE`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x84a \x8EV[\x80Q`@\x80Qd\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x82R` \x82\x01\x84\x90R3\x91\x85\x91\x7F\xB4\x8F{\xE6[\x15\xA4\xCC\xF3j1U\x044\"\x8C\xEA\xE0\xDC\x17\xC6.\x15\x96\x80BEcgh\xC7\xF2\x91\x01`@Q\x80\x91\x03\x90\xA3P\x91\x90PV[_`\x03_\x81Ta\x11:\x90a1\x81V[\x91\x82\x90UP_\x81\x81R`\x04` \x90\x81R`@\x91\x82\x90 k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x023\x90\x81\x17\x90\x92U\x92Q\x92\x83R\x92\x93P\x83\x91\x7FJj6x\0\"\xAD\xD9\xB5\xC8\xA6YY\xC3@O9\x94\xDC\0\xF9\xBC\xF7\x08\xCBK\xCDnb%{\x8E\x91\x01`@Q\x80\x91\x03\x90\xA3a\x11\xC0\x81\x86\x86\x86\x86a&\xB2V[P\x95\x94PPPPPV[_a\x11\xD4\x86a!\x02V[a\x11\xE1\x86\x86\x86\x86\x86a&\xB2V[\x96\x95PPPPPPV[___a\x11\xF9\x86\x86\x86a!\xADV[\x91P\x91P_a\x12\x08\x873a%\x7FV[\x90Pa\x12\x16\x873\x85\x84a\"\xDEV[P___a\x12$\x85\x8Aa#\xFBV[\x91\x94P\x92P\x90Pa\x12qa\x12^\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x8C\x16a1WV[\x85Qa\r\x13\x91\x90d\xFF\xFF\xFF\xFF\xFF\x16a1nV[d\xFF\xFF\xFF\xFF\xFF\x81\x16\x85R`@\x85\x01Q\x90\x97Pa\x12\xA5\x90a\x12\xA0\x90\x84\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a1nV[a$\xB2V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x01R`\x80\x84\x01Qa\x12\xC7\x90\x84a%\x03V[h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16`\x80\x86\x01\x90\x81R_\x8C\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x88Q\x81T\x92\x8A\x01Q\x93\x8A\x01Q``\x8B\x01Q\x95Q\x90\x96\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x15\x15v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x98\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x97\x90\x97\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x96\x87\x16e\x01\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x96\x90\x93\x16\x95\x90\x95\x17\x93\x90\x93\x17\x16\x92\x90\x92\x17\x93\x90\x93\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90Ua\x14\x18\x83a%DV[`@\x80Qc\xFF\xFF\xFF\xFF\x8B\x16\x81Rd\xFF\xFF\xFF\xFF\xFF\x89\x16` \x82\x01R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R3\x90\x8B\x90\x7F\xA9\xC1\x17\xACT\x0E\x90}=\xFD\xA9\tE}\xCE\xF9\xC4\x07Vxa\xAFf\xC9T\xF5\xF1(b]u\xDD\x90`\x80\x01a\x0F\x0CV[`@\x80Q``\x81\x81\x01\x83R_\x80\x83R\x83Q\x80\x83\x01\x85R\x81\x81R` \x80\x82\x01\x83\x90R\x81\x86\x01\x83\x90R\x84\x01R\x92\x82\x01\x81\x90R\x90_\x85\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x90\x91R\x90 \x80T`\x01\x82\x01\x80T\x91\x95P\x90a\x14\xD1\x90a1\x99V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x14\xFD\x90a1\x99V[\x80\x15a\x15HW\x80`\x1F\x10a\x15\x1FWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x15HV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x15+W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x92P\x80`\x02\x01\x80Ta\x15^\x90a1\x99V[\x15\x90Pa\x16\x06W\x80`\x02\x01\x80Ta\x15t\x90a1\x99V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x15\xA0\x90a1\x99V[\x80\x15a\x15\xEBW\x80`\x1F\x10a\x15\xC2Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x15\xEBV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x15\xCEW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x80` \x01\x90Q\x81\x01\x90a\x16\x03\x91\x90a3\xD7V[\x91P[P\x92P\x92P\x92V[_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x80\x83 \x81Q`\xA0\x81\x01\x83R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Re\x01\0\0\0\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rj\x01\0\0\0\0\0\0\0\0\0\0\x83\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04`\xFF\x16\x15\x15``\x82\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x82\x01Ra\x16\xD1\x90a(1V[\x93\x92PPPV[`\xFF\x81\x16\x15\x80a\x16\xEBWP`\x05`\xFF\x82\x16\x11[\x15a\x17.W`@Q\x7F\xE0\x07J\x8F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01R`\x05`$\x82\x01R`D\x01a\neV[_a\x179\x833a%\x7FV[\x90P\x80``\x01Q\x15a\x17\x80W`@Q\x7F\xFF[)\x10\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R3`$\x82\x01R`D\x01a\neV[g\r\xE0\xB6\xB3\xA7d\0\0\x81`\x80\x01Qh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a\x17\xFFW`\x80\x81\x01Q`@Q\x7F\xAF\xD5\xCC\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x85\x90R3`$\x82\x01Rh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`D\x82\x01Rg\r\xE0\xB6\xB3\xA7d\0\0`d\x82\x01R`\x84\x01a\neV[_\x83\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x85\x83R`\x04\x91\x82\x90R\x90\x91 `\x01\x81\x81\x01\x80T\x92\x93\x91\x92\x90\x91\x90a\x18\x8A\x90\x84\x90c\xFF\xFF\xFF\xFFd\x01\0\0\0\0\x90\x91\x04\x16a4\xB1V[\x92Pa\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\xFF\x16\x81`\x01\x01`\x08\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x18\xD2\x91\x90a4\xCDV[\x92Pa\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP3`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xB7\xC3S\xD7v\xEB%$\x1E\xAE\x15\x12\xB1\xC9\xF25\x14\x1A\x91\xA7\x8B\x14\xC7\xB0\xB5\xC9\x02\xD3\xEF\x1E\xBD\xD3\x85`@Qa\x19;\x91\x90`\xFF\x91\x90\x91\x16\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[a\x19S\x813a%\x7FV[P_\x81\x81R`\x04` \x90\x81R`@\x80\x83 `\x01\x01T`\x05\x83R\x81\x84 c\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x85R\x92R\x82 `\x02\x01\x80T\x91\x92\x91a\x19\x8F\x90a1\x99V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x19\xBB\x90a1\x99V[\x80\x15a\x1A\x06W\x80`\x1F\x10a\x19\xDDWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1A\x06V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x19\xE9W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x80` \x01\x90Q\x81\x01\x90a\x1A\x1E\x91\x90a3\xD7V[`@Q\x7Fk\x84\xEA^\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x90\x91P`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90ck\x84\xEA^\x90a\x1A\x8C\x903\x90\x85\x90\x88\x90\x88\x90`\x04\x01a4\xEDV[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x1A\xA3W__\xFD[PZ\xF1\x15\x80\x15a\x1A\xB5W=__>=_\xFD[PP`@Qc\xFF\xFF\xFF\xFF\x85\x16\x81R3\x92P\x85\x91P\x7F\n5e\x0F\xA8\xE2\xE1\xB3\x0Fbk\x1C\x15zuX4\xF9#N+\xB6W\xA3J\xD2\xE2\t\xD2\\\x85\xC3\x90` \x01`@Q\x80\x91\x03\x90\xA3PPPV[`\x02T_\x81\x90\x03a\x1B8W`@Q\x7F\xCC\xC5\xB1\xBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_`\x02U`\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90a\x1Bx\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a \x8EV[\x80`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB6\xC8\x1BRn\x1B\xD5Z8E\xD8\xCA\xA6\xFE\x0C\x1C\xE8{<\x9ESN\xECC\xF4;<\x18I\xD4\xE2\xE8\x83`@Qa\x1B\xB3\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x90V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x1B\xD9\x81a\x1F\x1DV[a\t\x85\x83\x83a\x1F\xEFV[_a\x1B\xED\x81a\x1F\x1DV[a\x1B\xF6\x82a(BV[PPV[_a\x1C\x04\x81a\x1F\x1DV[a\x1B\xF6\x82a)\x11V[_\x83\x81R`\x04` R`@\x81 T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1C^W`@Q\x7F,t\xD6\x1E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x86\x90R`$\x01a\neV[_[\x83\x81\x10\x15a\x1F\x14W_\x86\x81R`\x06` R`@\x81 \x81\x87\x87\x85\x81\x81\x10a\x1C\x88Wa\x1C\x88a5+V[\x90P` \x02\x01` \x81\x01\x90a\x1C\x9D\x91\x90a,\xCEV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q`\xA0\x81\x01\x83R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Re\x01\0\0\0\0\0\x82\x04\x16\x93\x82\x01\x93\x90\x93Rj\x01\0\0\0\0\0\0\0\0\0\0\x83\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04`\xFF\x16\x15\x15``\x82\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x82\x01R\x90Pa\x1D\x85\x87\x87\x87\x85\x81\x81\x10a\x1DiWa\x1Dia5+V[\x90P` \x02\x01` \x81\x01\x90a\x1D~\x91\x90a,\xCEV[\x85\x84a\"\xDEV[a\x1D\x8F\x90\x85a1nV[_\x88\x81R`\x06` R`@\x81 \x91\x95P\x82\x91\x90\x88\x88\x86\x81\x81\x10a\x1D\xB4Wa\x1D\xB4a5+V[\x90P` \x02\x01` \x81\x01\x90a\x1D\xC9\x91\x90a,\xCEV[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x83Q\x81T\x93\x85\x01Q\x92\x85\x01Q``\x86\x01Q`\x80\x90\x96\x01Qh\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x15\x15v\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16j\x01\0\0\0\0\0\0\0\0\0\0\x02\x92\x90\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x96\x87\x16e\x01\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x90\x98\x16\x96\x90\x94\x16\x95\x90\x95\x17\x95\x90\x95\x17\x91\x90\x91\x16\x92\x90\x92\x17\x91\x90\x91\x17\x92\x90\x92\x16\x17\x90UP`\x01\x01a\x1C`V[PP\x93\x92PPPV[a\x1F'\x813a)\xB2V[PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x1F\xE8W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90Ua\x1F\xA03\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\t[V[P_a\t[V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16\x15a\x1F\xE8W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\t[V[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\t\xD7\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x83\x16\x17\x83RPPPPa*\x1DV[_\x81\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x80a!SW`@Q\x7F,t\xD6\x1E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\neV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x1B\xF6W`@Q\x7F\x15\xE7\x8F@\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16`D\x82\x01R`d\x01a\neV[_\x83\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x81\x16\x91t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x82a\")W`@Q\x7F,t\xD6\x1E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x01a\neV[c\xFF\xFF\xFF\xFF\x85\x16\x15\x80a\"CWPa\x02\x08c\xFF\xFF\xFF\xFF\x86\x16\x11[\x15a\"\x8AW`@Q\x7F\x84\xBC\xF4\xD5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01Ra\x02\x08`$\x82\x01R`D\x01a\neV[\x83\x82\x11\x15a\"\xD5W`@Q\x7Fs\xDA\"\xE9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x83\x90R`D\x81\x01\x85\x90R`d\x01a\neV[P\x93P\x93\x91PPV[__a\"\xE9\x83a*\xA2V[\x90\x92P\x90P_\x81\x90\x03a\"\xFFW_\x91PPa#\xF3V[a#)\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82a1WV[\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16a#?\x91\x90a1nV[d\xFF\xFF\xFF\xFF\xFF\x16` \x84\x01R_\x82\x90\x03a#\\W_\x91PPa#\xF3V[`@\x83\x81\x01\x80Q\x84\x90\x03k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x07` R\x90\x81 \x80T\x84\x92\x90a#\x9C\x90\x84\x90a1nV[\x92PP\x81\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x87\x7F#\xD3\x8A\xEA\xDA\xDB[%\xE6Cl{\ro\xCD\xC7\xD4\x08\xB6\t\xD4\xF1\xCE\t\\\xFFk\xBB\xF9\xAC\xC4\x1E\x85`@Qa#\xE9\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4P[\x94\x93PPPPV[_\x80\x80a$\x0Ec\xFF\xFF\xFF\xFF\x85\x16\x86a1WV[`\x01T\x90\x93Pa$;\x90\x84\x90t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04a\xFF\xFF\x16a+\xCFV[\x90\x92P\x90P\x80\x15a$]W\x80`\x02_\x82\x82Ta$W\x91\x90a1nV[\x90\x91UPP[\x92P\x92P\x92V[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a$\xAEW`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\neV[P\x90V[_k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a$\xAEW`@Q\x7Fm\xFC\xC6P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\neV[_\x80a%\x1A\x83h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16a1nV[\x90Ph\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a%2W\x80a#\xF3V[h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x93PPPPV[\x80\x15a\x1F'Wa\x1F'`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a+\xFDV[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Re\x01\0\0\0\0\0\x83\x04\x90\x91\x16\x93\x83\x01\x93\x90\x93Rj\x01\0\0\0\0\0\0\0\0\0\0\x81\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x82\x01\x93\x90\x93Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04`\xFF\x16\x15\x15``\x82\x01Rw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04h\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x83\x01RB\x10a\t[W`@Q\x7F\xF8\x83\xD9\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\neV[`@Q\x7F=\xE0<\"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R_\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c=\xE0<\"\x90a'\x19\x90\x85\x90`\x04\x01a5\xBBV[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a'/W__\xFD[PZ\xFA\x15\x80\x15a'AW=__>=_\xFD[PPP_\x87\x81R`\x04` R`@\x81 `\x01\x01\x80T\x90\x92Pa'h\x90c\xFF\xFF\xFF\xFF\x16a7WV[\x82Tc\xFF\xFF\xFF\xFF\x80\x83\x16a\x01\0\x94\x90\x94\n\x84\x81\x02\x91\x02\x19\x90\x91\x16\x17\x90\x92U_\x88\x81R`\x05` \x90\x81R`@\x80\x83 \x93\x83R\x92\x90R \x86\x81U\x90\x91P`\x01\x81\x01a'\xB2\x85\x87\x83a7\xC6V[P\x82`@Q` \x01a'\xC4\x91\x90a5\xBBV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x81`\x02\x01\x90\x81a'\xE3\x91\x90a8\x80V[P\x81c\xFF\xFF\xFF\xFF\x16\x87\x7F\xF8\x167&\x07\x1D\xE3ll\xD4\x02\x96\xE25\xB4r\0\xC8\x16Z\xE7\x07D\t\xB5\0\xBA\x01\x14\xB1\xB2\xB0\x88\x88\x88`@Qa(\x1F\x93\x92\x91\x90a9;V[`@Q\x80\x91\x03\x90\xA3P\x95\x94PPPPPV[_a(;\x82a*\xA2V[P\x92\x91PPV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a(\x90W`@Q\x7F\xD0I\x9E\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01a\neV[`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a)QW`@Q\x7F\x1A\xD2\x8E\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x90 T`\xFF\x16a\x1B\xF6W`@Q\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\neV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a*<W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a*SW\x80`\x01\x14\x15a*`V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\t\x85W`@Q\x7FRt\xAF\xE7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\neV[___\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10\x80a*\xC9WP\x83Qd\xFF\xFF\xFF\xFF\xFF\x16\x81\x10\x15[\x15a*\xD9WP_\x93\x84\x93P\x91PPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x86_\x01Qd\xFF\xFF\xFF\xFF\xFF\x16a+\x11\x91\x90a9pV[a+\x1B\x91\x90a9\x83V[\x85Q\x90\x91Pd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a+sW\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a+Y\x83Ba9pV[a+c\x91\x90a9\x83V[a+n\x90`\x01a1nV[a+uV[\x80[\x92P\x80a+\x82\x84\x82a9pV[\x86`@\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a+\x9F\x91\x90a1WV[a+\xA9\x91\x90a9\x83V[\x85`@\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a+\xC6\x91\x90a9pV[\x93PPP\x91P\x91V[_\x80a'\x10a+\xDE\x84\x86a1WV[a+\xE8\x91\x90a9\x83V[\x90Pa+\xF4\x81\x85a9pV[\x91P\x92P\x92\x90PV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\t\x85\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a \xBBV[_` \x82\x84\x03\x12\x15a,FW__\xFD[\x815\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x81\x14a\x16\xD1W__\xFD[_` \x82\x84\x03\x12\x15a,\x85W__\xFD[P5\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x1F'W__\xFD[__`@\x83\x85\x03\x12\x15a,\xB1W__\xFD[\x825\x91P` \x83\x015a,\xC3\x81a,\x8CV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a,\xDEW__\xFD[\x815a\x16\xD1\x81a,\x8CV[\x805k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a-\x04W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a-\x1AW__\xFD[\x825\x91Pa-*` \x84\x01a,\xE9V[\x90P\x92P\x92\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1F'W__\xFD[___``\x84\x86\x03\x12\x15a-VW__\xFD[\x835\x92P` \x84\x015a-h\x81a-3V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[__\x83`\x1F\x84\x01\x12a-\x89W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a-\xA0W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a-\xB7W__\xFD[\x92P\x92\x90PV[_`\xA0\x82\x84\x03\x12\x15a-\xCEW__\xFD[P\x91\x90PV[_____`\x80\x86\x88\x03\x12\x15a-\xE8W__\xFD[a-\xF1\x86a,\xE9V[\x94P` \x86\x015\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a.\x13W__\xFD[a.\x1F\x88\x82\x89\x01a-yV[\x90\x94P\x92PP``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a.>W__\xFD[a.J\x88\x82\x89\x01a-\xBEV[\x91PP\x92\x95P\x92\x95\x90\x93PV[_____`\x80\x86\x88\x03\x12\x15a.kW__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a.\x13W__\xFD[__`@\x83\x85\x03\x12\x15a.\xA0W__\xFD[\x825\x91P` \x83\x015a,\xC3\x81a-3V[`\x03\x81\x10a.\xE7W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[_`\xA0\x83\x01`\xFF\x83Q\x16\x84R` \x83\x01Qa/\n` \x86\x01\x82Qa.\xB2V[`\x01`\x01`\xA0\x1B\x03` \x82\x01Q\x16`@\x86\x01Ra\xFF\xFF`@\x82\x01Q\x16``\x86\x01RP`@\x83\x01Q`\xA0`\x80\x86\x01R\x81\x81Q\x80\x84R`\xC0\x87\x01\x91P`\xC0\x81`\x05\x1B\x88\x01\x01\x93P` \x83\x01\x92P_[\x81\x81\x10\x15a0\0W\x87\x85\x03\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF@\x01\x83R\x83Q\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x80\x82\x01Q\x81\x88\x01R`@\x91\x82\x01Q``\x92\x88\x01\x83\x90R\x80Q\x92\x88\x01\x83\x90R\x01\x90_\x90`\x80\x88\x01\x90[\x80\x83\x10\x15a/\xE8Wc\xFF\xFF\xFF\xFF\x84Q\x16\x82R` \x82\x01\x91P` \x84\x01\x93P`\x01\x83\x01\x92Pa/\xBFV[P\x96PPP` \x93\x84\x01\x93\x92\x90\x92\x01\x91`\x01\x01a/WV[P\x92\x96\x95PPPPPPV[\x83\x81R``` \x82\x01R_\x83Q\x80``\x84\x01R\x80` \x86\x01`\x80\x85\x01^_`\x80\x82\x85\x01\x01R`\x1F\x19`\x1F\x82\x01\x16\x83\x01\x90P`\x80\x83\x82\x03\x01`@\x84\x01Ra\x11\xE1`\x80\x82\x01\x85a.\xEBV[`\xFF\x81\x16\x81\x14a\x1F'W__\xFD[__`@\x83\x85\x03\x12\x15a0tW__\xFD[\x825\x91P` \x83\x015a,\xC3\x81a0UV[a\xFF\xFF\x81\x16\x81\x14a\x1F'W__\xFD[_` \x82\x84\x03\x12\x15a0\xA5W__\xFD[\x815a\x16\xD1\x81a0\x86V[___`@\x84\x86\x03\x12\x15a0\xC2W__\xFD[\x835\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a0\xDFW__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a0\xEFW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a1\x05W__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a1\x19W__\xFD[\x93\x96` \x91\x90\x91\x01\x95P\x92\x93PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\t[Wa\t[a1*V[\x80\x82\x01\x80\x82\x11\x15a\t[Wa\t[a1*V[__\x19\x82\x03a1\x92Wa1\x92a1*V[P`\x01\x01\x90V[`\x01\x81\x81\x1C\x90\x82\x16\x80a1\xADW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a-\xCEW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Q``\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a24Wa24a1\xE4V[`@R\x90V[`@Q`\x1F\x82\x01`\x1F\x19\x16\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a2cWa2ca1\xE4V[`@R\x91\x90PV[`\x03\x81\x10a\x1F'W__\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a2\x90Wa2\x90a1\xE4V[P`\x05\x1B` \x01\x90V[_\x82`\x1F\x83\x01\x12a2\xA9W__\xFD[\x81Qa2\xBCa2\xB7\x82a2wV[a2:V[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a2\xDDW__\xFD[` \x85\x01[\x83\x81\x10\x15a\x11\xC0W\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\0W__\xFD[\x86\x01``\x81\x89\x03`\x1F\x19\x01\x12\x15a3\x15W__\xFD[a3\x1Da2\x11V[` \x82\x01Qa3+\x81a,\x8CV[\x81R`@\x82\x01Q` \x82\x01R``\x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3PW__\xFD[` \x81\x84\x01\x01\x92PP\x88`\x1F\x83\x01\x12a3gW__\xFD[\x81Qa3ua2\xB7\x82a2wV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x8B\x83\x11\x15a3\x96W__\xFD[` \x85\x01\x94P[\x82\x85\x10\x15a3\xC1W\x84Qa3\xB0\x81a-3V[\x82R` \x94\x85\x01\x94\x90\x91\x01\x90a3\x9DV[`@\x84\x01RPP\x84RP` \x92\x83\x01\x92\x01a2\xE2V[_` \x82\x84\x03\x12\x15a3\xE7W__\xFD[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a3\xFDW__\xFD[\x82\x01\x80\x84\x03`\xA0\x81\x12\x15a4\x0FW__\xFD[a4\x17a2\x11V[\x82Qa4\"\x81a0UV[\x81R```\x1F\x19\x83\x01\x12\x15a45W__\xFD[a4=a2\x11V[\x91P` \x83\x01Qa4M\x81a2kV[\x82R`@\x83\x01Qa4]\x81a,\x8CV[` \x83\x01R``\x83\x01Qa4p\x81a0\x86V[`@\x83\x01R` \x81\x01\x91\x90\x91R`\x80\x82\x01Q\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a4\x97W__\xFD[a4\xA3\x86\x83\x85\x01a2\x9AV[`@\x82\x01R\x95\x94PPPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t[Wa\t[a1*V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\t[Wa\t[a1*V[`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R`\x80` \x82\x01R_a5\x0E`\x80\x83\x01\x86a.\xEBV[\x90P\x83`@\x83\x01Rc\xFF\xFF\xFF\xFF\x83\x16``\x83\x01R\x95\x94PPPPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a5\x8BW__\xFD[\x83\x01` \x81\x01\x92P5\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a5\xAAW__\xFD[\x80`\x05\x1B6\x03\x82\x13\x15a-\xB7W__\xFD[` \x81R_`\xC0\x82\x01\x835a5\xCF\x81a0UV[`\xFF\x81\x16` \x85\x01RP` \x84\x015a5\xE7\x81a2kV[a5\xF4`@\x85\x01\x82a.\xB2V[P`@\x84\x015a6\x03\x81a,\x8CV[`\x01`\x01`\xA0\x1B\x03\x81\x16``\x85\x01RP``\x84\x015a6!\x81a0\x86V[a\xFF\xFF\x81\x16`\x80\x85\x01RPa69`\x80\x85\x01\x85a5XV[`\xA0\x80\x86\x01R\x82\x81\x84R`\xE0\x86\x01\x90P`\xE0\x82`\x05\x1B\x87\x01\x01\x93P\x82_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\x856\x03\x01[\x84\x82\x10\x15a7IW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \x89\x88\x03\x01\x84R\x825\x81\x81\x12a6\xB8W__\xFD[\x86\x01``\x88\x01\x815a6\xC9\x81a,\x8CV[`\x01`\x01`\xA0\x1B\x03\x16\x89R` \x82\x81\x015\x90\x8A\x01Ra6\xEB`@\x83\x01\x83a5XV[```@\x8C\x01R\x91\x82\x90R\x90\x91P_`\x80\x8A\x01[\x83\x82\x10\x15a7-W\x825a7\x12\x81a-3V[c\xFF\xFF\xFF\xFF\x16\x81R` \x92\x83\x01\x92`\x01\x92\x90\x92\x01\x91\x01a6\xFFV[\x99PPP` \x94\x85\x01\x94\x93\x90\x93\x01\x92P`\x01\x91\x90\x91\x01\x90a6|V[P\x94\x98\x97PPPPPPPPV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a7rWa7ra1*V[`\x01\x01\x92\x91PPV[`\x1F\x82\x11\x15a\t\xD7W\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a7\xA0WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a7\xBFW_\x81U`\x01\x01a7\xACV[PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a7\xDEWa7\xDEa1\xE4V[a7\xF2\x83a7\xEC\x83Ta1\x99V[\x83a7{V[_`\x1F\x84\x11`\x01\x81\x14a8#W_\x85\x15a8\x0CWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua7\xBFV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a8RW\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a82V[P\x86\x82\x10\x15a8nW_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a8\x9AWa8\x9Aa1\xE4V[a8\xAE\x81a8\xA8\x84Ta1\x99V[\x84a7{V[` `\x1F\x82\x11`\x01\x81\x14a8\xE0W_\x83\x15a8\xC9WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua7\xBFV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a9\x0FW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a8\xEFV[P\x84\x82\x10\x15a9,W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[\x83\x81R`@` \x82\x01R\x81`@\x82\x01R\x81\x83``\x83\x017_\x81\x83\x01``\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01`\x1F\x19\x16\x01\x01\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\t[Wa\t[a1*V[_\x82a9\xB6W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[P\x04\x90V",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlBadConfirmation()` and selector `0x6697b232`.
```solidity
error AccessControlBadConfirmation();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlBadConfirmation;
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
        impl ::core::convert::From<AccessControlBadConfirmation>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlBadConfirmation()";
            const SELECTOR: [u8; 4] = [102u8, 151u8, 178u8, 50u8];
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
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AccessControlUnauthorizedAccount(address,bytes32)` and selector `0xe2517d3f`.
```solidity
error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub neededRole: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<AccessControlUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    neededRole: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlUnauthorizedAccount(address,bytes32)";
            const SELECTOR: [u8; 4] = [226u8, 81u8, 125u8, 63u8];
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
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.neededRole),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketAlreadyRated(uint256,address)` and selector `0xff5b2910`.
```solidity
error ConfigMarketAlreadyRated(uint256 configId, address subscriber);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketAlreadyRated {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<ConfigMarketAlreadyRated>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketAlreadyRated) -> Self {
                (value.configId, value.subscriber)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketAlreadyRated {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    configId: tuple.0,
                    subscriber: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketAlreadyRated {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketAlreadyRated(uint256,address)";
            const SELECTOR: [u8; 4] = [255u8, 91u8, 41u8, 16u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.subscriber,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketAlreadySubscribed(uint256,address,uint256)` and selector `0xd58b7214`.
```solidity
error ConfigMarketAlreadySubscribed(uint256 configId, address subscriber, uint256 expiry);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketAlreadySubscribed {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expiry: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<ConfigMarketAlreadySubscribed>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketAlreadySubscribed) -> Self {
                (value.configId, value.subscriber, value.expiry)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketAlreadySubscribed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    configId: tuple.0,
                    subscriber: tuple.1,
                    expiry: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketAlreadySubscribed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketAlreadySubscribed(uint256,address,uint256)";
            const SELECTOR: [u8; 4] = [213u8, 139u8, 114u8, 20u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.subscriber,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiry),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketFeeTooHigh(uint16,uint16)` and selector `0xd0499e9f`.
```solidity
error ConfigMarketFeeTooHigh(uint16 feeBps, uint16 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketFeeTooHigh {
        #[allow(missing_docs)]
        pub feeBps: u16,
        #[allow(missing_docs)]
        pub maximum: u16,
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
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<16>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u16, u16);
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
        impl ::core::convert::From<ConfigMarketFeeTooHigh> for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketFeeTooHigh) -> Self {
                (value.feeBps, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ConfigMarketFeeTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    feeBps: tuple.0,
                    maximum: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketFeeTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketFeeTooHigh(uint16,uint16)";
            const SELECTOR: [u8; 4] = [208u8, 73u8, 158u8, 159u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.feeBps),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketInvalidPeriodLength(uint256,uint256,uint256)` and selector `0xfe1fa46c`.
```solidity
error ConfigMarketInvalidPeriodLength(uint256 periodLength, uint256 minimum, uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketInvalidPeriodLength {
        #[allow(missing_docs)]
        pub periodLength: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minimum: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maximum: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ConfigMarketInvalidPeriodLength>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketInvalidPeriodLength) -> Self {
                (value.periodLength, value.minimum, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketInvalidPeriodLength {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    periodLength: tuple.0,
                    minimum: tuple.1,
                    maximum: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketInvalidPeriodLength {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketInvalidPeriodLength(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [254u8, 31u8, 164u8, 108u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.periodLength),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minimum),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketInvalidPeriods(uint256,uint256)` and selector `0x84bcf4d5`.
```solidity
error ConfigMarketInvalidPeriods(uint256 periods, uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketInvalidPeriods {
        #[allow(missing_docs)]
        pub periods: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maximum: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ConfigMarketInvalidPeriods>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketInvalidPeriods) -> Self {
                (value.periods, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketInvalidPeriods {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    periods: tuple.0,
                    maximum: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketInvalidPeriods {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketInvalidPeriods(uint256,uint256)";
            const SELECTOR: [u8; 4] = [132u8, 188u8, 244u8, 213u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.periods),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketInvalidRating(uint8,uint8)` and selector `0xe0074a8f`.
```solidity
error ConfigMarketInvalidRating(uint8 rating, uint8 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketInvalidRating {
        #[allow(missing_docs)]
        pub rating: u8,
        #[allow(missing_docs)]
        pub maximum: u8,
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
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8, u8);
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
        impl ::core::convert::From<ConfigMarketInvalidRating>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketInvalidRating) -> Self {
                (value.rating, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketInvalidRating {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    rating: tuple.0,
                    maximum: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketInvalidRating {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketInvalidRating(uint8,uint8)";
            const SELECTOR: [u8; 4] = [224u8, 7u8, 74u8, 143u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.rating),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.maximum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketNoEarnings(address)` and selector `0x975deb9a`.
```solidity
error ConfigMarketNoEarnings(address creator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketNoEarnings {
        #[allow(missing_docs)]
        pub creator: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<ConfigMarketNoEarnings> for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketNoEarnings) -> Self {
                (value.creator,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ConfigMarketNoEarnings {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { creator: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketNoEarnings {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketNoEarnings(address)";
            const SELECTOR: [u8; 4] = [151u8, 93u8, 235u8, 154u8];
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
                        &self.creator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketNoFees()` and selector `0xccc5b1bf`.
```solidity
error ConfigMarketNoFees();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketNoFees;
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
        impl ::core::convert::From<ConfigMarketNoFees> for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketNoFees) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ConfigMarketNoFees {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketNoFees {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketNoFees()";
            const SELECTOR: [u8; 4] = [204u8, 197u8, 177u8, 191u8];
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
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketNotCreator(uint256,address,address)` and selector `0x15e78f40`.
```solidity
error ConfigMarketNotCreator(uint256 configId, address caller, address creator);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketNotCreator {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub creator: alloy::sol_types::private::Address,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<ConfigMarketNotCreator> for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketNotCreator) -> Self {
                (value.configId, value.caller, value.creator)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ConfigMarketNotCreator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    configId: tuple.0,
                    caller: tuple.1,
                    creator: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketNotCreator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketNotCreator(uint256,address,address)";
            const SELECTOR: [u8; 4] = [21u8, 231u8, 143u8, 64u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.creator,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketNotSubscribed(uint256,address)` and selector `0xf883d922`.
```solidity
error ConfigMarketNotSubscribed(uint256 configId, address subscriber);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketNotSubscribed {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<ConfigMarketNotSubscribed>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketNotSubscribed) -> Self {
                (value.configId, value.subscriber)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketNotSubscribed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    configId: tuple.0,
                    subscriber: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketNotSubscribed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketNotSubscribed(uint256,address)";
            const SELECTOR: [u8; 4] = [248u8, 131u8, 217u8, 34u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.subscriber,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketPriceAboveMax(uint256,uint256,uint256)` and selector `0x73da22e9`.
```solidity
error ConfigMarketPriceAboveMax(uint256 configId, uint256 pricePerPeriod, uint256 maxPrice);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketPriceAboveMax {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub pricePerPeriod: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maxPrice: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ConfigMarketPriceAboveMax>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketPriceAboveMax) -> Self {
                (value.configId, value.pricePerPeriod, value.maxPrice)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketPriceAboveMax {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    configId: tuple.0,
                    pricePerPeriod: tuple.1,
                    maxPrice: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketPriceAboveMax {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketPriceAboveMax(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [115u8, 218u8, 34u8, 233u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerPeriod),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxPrice),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketRatingUnpaid(uint256,address,uint256,uint256)` and selector `0xafd5ccfc`.
```solidity
error ConfigMarketRatingUnpaid(uint256 configId, address subscriber, uint256 paid, uint256 minimum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketRatingUnpaid {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub paid: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub minimum: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ConfigMarketRatingUnpaid>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketRatingUnpaid) -> Self {
                (value.configId, value.subscriber, value.paid, value.minimum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketRatingUnpaid {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    configId: tuple.0,
                    subscriber: tuple.1,
                    paid: tuple.2,
                    minimum: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketRatingUnpaid {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketRatingUnpaid(uint256,address,uint256,uint256)";
            const SELECTOR: [u8; 4] = [175u8, 213u8, 204u8, 252u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.subscriber,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.paid),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.minimum),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketUnknownConfig(uint256)` and selector `0x2c74d61e`.
```solidity
error ConfigMarketUnknownConfig(uint256 configId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketUnknownConfig {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ConfigMarketUnknownConfig>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketUnknownConfig) -> Self {
                (value.configId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConfigMarketUnknownConfig {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { configId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketUnknownConfig {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketUnknownConfig(uint256)";
            const SELECTOR: [u8; 4] = [44u8, 116u8, 214u8, 30u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConfigMarketZeroAddress()` and selector `0x1ad28ed2`.
```solidity
error ConfigMarketZeroAddress();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConfigMarketZeroAddress;
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
        impl ::core::convert::From<ConfigMarketZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: ConfigMarketZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ConfigMarketZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConfigMarketZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConfigMarketZeroAddress()";
            const SELECTOR: [u8; 4] = [26u8, 210u8, 142u8, 210u8];
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
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeCastOverflowedUintDowncast(uint8,uint256)` and selector `0x6dfcc650`.
```solidity
error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeCastOverflowedUintDowncast {
        #[allow(missing_docs)]
        pub bits: u8,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
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
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
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
        impl ::core::convert::From<SafeCastOverflowedUintDowncast>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeCastOverflowedUintDowncast) -> Self {
                (value.bits, value.value)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeCastOverflowedUintDowncast {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    bits: tuple.0,
                    value: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeCastOverflowedUintDowncast {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeCastOverflowedUintDowncast(uint8,uint256)";
            const SELECTOR: [u8; 4] = [109u8, 252u8, 198u8, 80u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.bits),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.value),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SafeERC20FailedOperation(address)` and selector `0x5274afe7`.
```solidity
error SafeERC20FailedOperation(address token);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SafeERC20FailedOperation {
        #[allow(missing_docs)]
        pub token: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<SafeERC20FailedOperation>
        for UnderlyingRustTuple<'_> {
            fn from(value: SafeERC20FailedOperation) -> Self {
                (value.token,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for SafeERC20FailedOperation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { token: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SafeERC20FailedOperation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SafeERC20FailedOperation(address)";
            const SELECTOR: [u8; 4] = [82u8, 116u8, 175u8, 231u8];
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
                        &self.token,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConfigApplied(uint256,address,uint32)` and selector `0x0a35650fa8e2e1b30f626b1c157a755834f9234e2bb657a34ad2e209d25c85c3`.
```solidity
event ConfigApplied(uint256 indexed configId, address indexed subscriber, uint32 version);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConfigApplied {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub version: u32,
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
        impl alloy_sol_types::SolEvent for ConfigApplied {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ConfigApplied(uint256,address,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 53u8, 101u8, 15u8, 168u8, 226u8, 225u8, 179u8, 15u8, 98u8, 107u8,
                28u8, 21u8, 122u8, 117u8, 88u8, 52u8, 249u8, 35u8, 78u8, 43u8, 182u8,
                87u8, 163u8, 74u8, 210u8, 226u8, 9u8, 210u8, 92u8, 133u8, 195u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    subscriber: topics.2,
                    version: data.0,
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
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.configId.clone(),
                    self.subscriber.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.subscriber,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConfigApplied {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConfigApplied> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConfigApplied) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConfigPriceSet(uint256,uint96)` and selector `0xdea6bed898b626a24bdf8d342b998b38fbc7a15c290df452c35919a2aff711fd`.
```solidity
event ConfigPriceSet(uint256 indexed configId, uint96 pricePerPeriod);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConfigPriceSet {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub pricePerPeriod: alloy::sol_types::private::primitives::aliases::U96,
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
        impl alloy_sol_types::SolEvent for ConfigPriceSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<96>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "ConfigPriceSet(uint256,uint96)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                222u8, 166u8, 190u8, 216u8, 152u8, 182u8, 38u8, 162u8, 75u8, 223u8,
                141u8, 52u8, 43u8, 153u8, 139u8, 56u8, 251u8, 199u8, 161u8, 92u8, 41u8,
                13u8, 244u8, 82u8, 195u8, 89u8, 25u8, 162u8, 175u8, 247u8, 17u8, 253u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    pricePerPeriod: data.0,
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
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerPeriod),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.configId.clone())
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConfigPriceSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConfigPriceSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConfigPriceSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConfigPublished(uint256,address,uint96)` and selector `0x4a6a36780022add9b5c8a65959c3404f3994dc00f9bcf708cb4bcd6e62257b8e`.
```solidity
event ConfigPublished(uint256 indexed configId, address indexed creator, uint96 pricePerPeriod);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConfigPublished {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub creator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub pricePerPeriod: alloy::sol_types::private::primitives::aliases::U96,
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
        impl alloy_sol_types::SolEvent for ConfigPublished {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<96>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ConfigPublished(uint256,address,uint96)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                74u8, 106u8, 54u8, 120u8, 0u8, 34u8, 173u8, 217u8, 181u8, 200u8, 166u8,
                89u8, 89u8, 195u8, 64u8, 79u8, 57u8, 148u8, 220u8, 0u8, 249u8, 188u8,
                247u8, 8u8, 203u8, 75u8, 205u8, 110u8, 98u8, 37u8, 123u8, 142u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    creator: topics.2,
                    pricePerPeriod: data.0,
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
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerPeriod),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.configId.clone(),
                    self.creator.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.creator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConfigPublished {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConfigPublished> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConfigPublished) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConfigRated(uint256,address,uint8)` and selector `0xb7c353d776eb25241eae1512b1c9f235141a91a78b14c7b0b5c902d3ef1ebdd3`.
```solidity
event ConfigRated(uint256 indexed configId, address indexed subscriber, uint8 rating);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConfigRated {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub rating: u8,
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
        impl alloy_sol_types::SolEvent for ConfigRated {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ConfigRated(uint256,address,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                183u8, 195u8, 83u8, 215u8, 118u8, 235u8, 37u8, 36u8, 30u8, 174u8, 21u8,
                18u8, 177u8, 201u8, 242u8, 53u8, 20u8, 26u8, 145u8, 167u8, 139u8, 20u8,
                199u8, 176u8, 181u8, 201u8, 2u8, 211u8, 239u8, 30u8, 189u8, 211u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    subscriber: topics.2,
                    rating: data.0,
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
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.rating),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.configId.clone(),
                    self.subscriber.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.subscriber,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConfigRated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConfigRated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConfigRated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConfigVersionPublished(uint256,uint32,bytes32,string)` and selector `0xf8163726071de36c6cd40296e235b47200c8165ae7074409b500ba0114b1b2b0`.
```solidity
event ConfigVersionPublished(uint256 indexed configId, uint32 indexed version, bytes32 contentHash, string uri);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConfigVersionPublished {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for ConfigVersionPublished {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "ConfigVersionPublished(uint256,uint32,bytes32,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                248u8, 22u8, 55u8, 38u8, 7u8, 29u8, 227u8, 108u8, 108u8, 212u8, 2u8,
                150u8, 226u8, 53u8, 180u8, 114u8, 0u8, 200u8, 22u8, 90u8, 231u8, 7u8,
                68u8, 9u8, 181u8, 0u8, 186u8, 1u8, 20u8, 177u8, 178u8, 176u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    version: topics.2,
                    contentHash: data.0,
                    uri: data.1,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.configId.clone(),
                    self.version.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.version);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConfigVersionPublished {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConfigVersionPublished> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConfigVersionPublished) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EarningsWithdrawn(address,address,uint256)` and selector `0x0c8584df0a37548f26644c41809e5f908b58e8888dd441691e8a2174ec89f305`.
```solidity
event EarningsWithdrawn(address indexed creator, address indexed to, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EarningsWithdrawn {
        #[allow(missing_docs)]
        pub creator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for EarningsWithdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EarningsWithdrawn(address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                12u8, 133u8, 132u8, 223u8, 10u8, 55u8, 84u8, 143u8, 38u8, 100u8, 76u8,
                65u8, 128u8, 158u8, 95u8, 144u8, 139u8, 88u8, 232u8, 136u8, 141u8, 212u8,
                65u8, 105u8, 30u8, 138u8, 33u8, 116u8, 236u8, 137u8, 243u8, 5u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    creator: topics.1,
                    to: topics.2,
                    amount: data.0,
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.creator.clone(), self.to.clone())
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
                    &self.creator,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.to,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EarningsWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EarningsWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EarningsWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EscrowReleased(uint256,address,address,uint256)` and selector `0x23d38aeadadb5b25e6436c7b0d6fcdc7d408b609d4f1ce095cff6bbbf9acc41e`.
```solidity
event EscrowReleased(uint256 indexed configId, address indexed subscriber, address indexed creator, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EscrowReleased {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub creator: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for EscrowReleased {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EscrowReleased(uint256,address,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                35u8, 211u8, 138u8, 234u8, 218u8, 219u8, 91u8, 37u8, 230u8, 67u8, 108u8,
                123u8, 13u8, 111u8, 205u8, 199u8, 212u8, 8u8, 182u8, 9u8, 212u8, 241u8,
                206u8, 9u8, 92u8, 255u8, 107u8, 187u8, 249u8, 172u8, 196u8, 30u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    subscriber: topics.2,
                    creator: topics.3,
                    amount: data.0,
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.configId.clone(),
                    self.subscriber.clone(),
                    self.creator.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.subscriber,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.creator,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EscrowReleased {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EscrowReleased> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EscrowReleased) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeesSwept(address,uint256)` and selector `0xb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e8`.
```solidity
event FeesSwept(address indexed treasury, uint256 amount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct FeesSwept {
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for FeesSwept {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "FeesSwept(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                182u8, 200u8, 27u8, 82u8, 110u8, 27u8, 213u8, 90u8, 56u8, 69u8, 216u8,
                202u8, 166u8, 254u8, 12u8, 28u8, 232u8, 123u8, 60u8, 158u8, 83u8, 78u8,
                236u8, 67u8, 244u8, 59u8, 60u8, 24u8, 73u8, 212u8, 226u8, 232u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    treasury: topics.1,
                    amount: data.0,
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
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.amount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.treasury.clone())
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
                    &self.treasury,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for FeesSwept {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeesSwept> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeesSwept) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProtocolFeeSet(uint16)` and selector `0x344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e6`.
```solidity
event ProtocolFeeSet(uint16 feeBps);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProtocolFeeSet {
        #[allow(missing_docs)]
        pub feeBps: u16,
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
        impl alloy_sol_types::SolEvent for ProtocolFeeSet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "ProtocolFeeSet(uint16)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                52u8, 78u8, 209u8, 173u8, 77u8, 221u8, 126u8, 99u8, 224u8, 68u8, 3u8,
                129u8, 30u8, 56u8, 5u8, 136u8, 149u8, 239u8, 122u8, 101u8, 107u8, 246u8,
                213u8, 178u8, 93u8, 33u8, 158u8, 0u8, 131u8, 194u8, 39u8, 230u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { feeBps: data.0 }
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
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.feeBps),
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
        impl alloy_sol_types::private::IntoLogData for ProtocolFeeSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProtocolFeeSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProtocolFeeSet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Renewed(uint256,address,uint32,uint40,uint256,uint256)` and selector `0xa9c117ac540e907d3dfda909457dcef9c407567861af66c954f5f128625d75dd`.
```solidity
event Renewed(uint256 indexed configId, address indexed subscriber, uint32 periods, uint40 expiry, uint256 paid, uint256 protocolFee);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Renewed {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub periods: u32,
        #[allow(missing_docs)]
        pub expiry: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub paid: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub protocolFee: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for Renewed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Renewed(uint256,address,uint32,uint40,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                169u8, 193u8, 23u8, 172u8, 84u8, 14u8, 144u8, 125u8, 61u8, 253u8, 169u8,
                9u8, 69u8, 125u8, 206u8, 249u8, 196u8, 7u8, 86u8, 120u8, 97u8, 175u8,
                102u8, 201u8, 84u8, 245u8, 241u8, 40u8, 98u8, 93u8, 117u8, 221u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    subscriber: topics.2,
                    periods: data.0,
                    expiry: data.1,
                    paid: data.2,
                    protocolFee: data.3,
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
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.periods),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiry),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.paid),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.protocolFee),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.configId.clone(),
                    self.subscriber.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.subscriber,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Renewed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Renewed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Renewed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleAdminChanged(bytes32,bytes32,bytes32)` and selector `0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff`.
```solidity
event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleAdminChanged {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousAdminRole: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub newAdminRole: alloy::sol_types::private::FixedBytes<32>,
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
        impl alloy_sol_types::SolEvent for RoleAdminChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    previousAdminRole: topics.2,
                    newAdminRole: topics.3,
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
                    self.role.clone(),
                    self.previousAdminRole.clone(),
                    self.newAdminRole.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.previousAdminRole);
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.newAdminRole);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleAdminChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleAdminChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleAdminChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleGranted(bytes32,address,address)` and selector `0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d`.
```solidity
event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleGranted {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for RoleGranted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
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
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleRevoked(bytes32,address,address)` and selector `0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b`.
```solidity
event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleRevoked {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for RoleRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
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
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Subscribed(uint256,address,uint32,uint40,uint256,uint256)` and selector `0xf6ca263876fcaf1b9d7b007e1ffe6127bb399b083fd0b8b3a02d185c764ea872`.
```solidity
event Subscribed(uint256 indexed configId, address indexed subscriber, uint32 periods, uint40 expiry, uint256 paid, uint256 protocolFee);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct Subscribed {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub periods: u32,
        #[allow(missing_docs)]
        pub expiry: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub paid: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub protocolFee: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for Subscribed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Subscribed(uint256,address,uint32,uint40,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                246u8, 202u8, 38u8, 56u8, 118u8, 252u8, 175u8, 27u8, 157u8, 123u8, 0u8,
                126u8, 31u8, 254u8, 97u8, 39u8, 187u8, 57u8, 155u8, 8u8, 63u8, 208u8,
                184u8, 179u8, 160u8, 45u8, 24u8, 92u8, 118u8, 78u8, 168u8, 114u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    subscriber: topics.2,
                    periods: data.0,
                    expiry: data.1,
                    paid: data.2,
                    protocolFee: data.3,
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
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.periods),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiry),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.paid),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.protocolFee),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.configId.clone(),
                    self.subscriber.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.subscriber,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Subscribed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Subscribed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Subscribed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `SubscriptionCancelled(uint256,address,uint40,uint256)` and selector `0xb48f7be65b15a4ccf36a31550434228ceae0dc17c62e1596804245636768c7f2`.
```solidity
event SubscriptionCancelled(uint256 indexed configId, address indexed subscriber, uint40 expiry, uint256 refund);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct SubscriptionCancelled {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub expiry: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub refund: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for SubscriptionCancelled {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "SubscriptionCancelled(uint256,address,uint40,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                180u8, 143u8, 123u8, 230u8, 91u8, 21u8, 164u8, 204u8, 243u8, 106u8, 49u8,
                85u8, 4u8, 52u8, 34u8, 140u8, 234u8, 224u8, 220u8, 23u8, 198u8, 46u8,
                21u8, 150u8, 128u8, 66u8, 69u8, 99u8, 103u8, 104u8, 199u8, 242u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    configId: topics.1,
                    subscriber: topics.2,
                    expiry: data.0,
                    refund: data.1,
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
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiry),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.refund),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.configId.clone(),
                    self.subscriber.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.subscriber,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for SubscriptionCancelled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&SubscriptionCancelled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &SubscriptionCancelled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `TreasurySet(address)` and selector `0x3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f`.
```solidity
event TreasurySet(address indexed treasury);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct TreasurySet {
        #[allow(missing_docs)]
        pub treasury: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for TreasurySet {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "TreasurySet(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                60u8, 134u8, 69u8, 65u8, 239u8, 113u8, 55u8, 140u8, 98u8, 41u8, 81u8,
                14u8, 217u8, 15u8, 55u8, 101u8, 101u8, 238u8, 66u8, 217u8, 197u8, 224u8,
                144u8, 74u8, 152u8, 74u8, 158u8, 134u8, 62u8, 109u8, 180u8, 79u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { treasury: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.treasury.clone())
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
                    &self.treasury,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for TreasurySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&TreasurySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &TreasurySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address era_, address profileRegistry_, address treasury_, address admin, uint16 protocolFeeBps_, uint256 periodLength_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub era_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub profileRegistry_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub protocolFeeBps_: u16,
        #[allow(missing_docs)]
        pub periodLength_: alloy::sol_types::private::primitives::aliases::U256,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                u16,
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (
                        value.era_,
                        value.profileRegistry_,
                        value.treasury_,
                        value.admin,
                        value.protocolFeeBps_,
                        value.periodLength_,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        era_: tuple.0,
                        profileRegistry_: tuple.1,
                        treasury_: tuple.2,
                        admin: tuple.3,
                        protocolFeeBps_: tuple.4,
                        periodLength_: tuple.5,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<16>,
                alloy::sol_types::sol_data::Uint<256>,
            );
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
                        &self.era_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.profileRegistry_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.treasury_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.protocolFeeBps_),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.periodLength_),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
```solidity
function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_ADMIN_ROLE()`](DEFAULT_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLEReturn {
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
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLECall {
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
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 253u8, 223u8];
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
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
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
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_PERIODS()` and selector `0x0a254640`.
```solidity
function MAX_PERIODS() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PERIODSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_PERIODS()`](MAX_PERIODSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PERIODSReturn {
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
            impl ::core::convert::From<MAX_PERIODSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PERIODSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PERIODSCall {
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
            impl ::core::convert::From<MAX_PERIODSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PERIODSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_PERIODSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_PERIODSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_PERIODS()";
            const SELECTOR: [u8; 4] = [10u8, 37u8, 70u8, 64u8];
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
                        let r: MAX_PERIODSReturn = r.into();
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
                        let r: MAX_PERIODSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_PERIOD_LENGTH()` and selector `0xa83a0d30`.
```solidity
function MAX_PERIOD_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PERIOD_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_PERIOD_LENGTH()`](MAX_PERIOD_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_PERIOD_LENGTHReturn {
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
            impl ::core::convert::From<MAX_PERIOD_LENGTHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PERIOD_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_PERIOD_LENGTHCall {
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
            impl ::core::convert::From<MAX_PERIOD_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MAX_PERIOD_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MAX_PERIOD_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_PERIOD_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_PERIOD_LENGTH()";
            const SELECTOR: [u8; 4] = [168u8, 58u8, 13u8, 48u8];
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
                        let r: MAX_PERIOD_LENGTHReturn = r.into();
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
                        let r: MAX_PERIOD_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_RATING()` and selector `0x94e113ea`.
```solidity
function MAX_RATING() external view returns (uint8);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_RATINGCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_RATING()`](MAX_RATINGCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_RATINGReturn {
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
            impl ::core::convert::From<MAX_RATINGCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_RATINGCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_RATINGCall {
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
            impl ::core::convert::From<MAX_RATINGReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_RATINGReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_RATINGReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_RATINGCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_RATING()";
            const SELECTOR: [u8; 4] = [148u8, 225u8, 19u8, 234u8];
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
                        let r: MAX_RATINGReturn = r.into();
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
                        let r: MAX_RATINGReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_PERIOD_LENGTH()` and selector `0x6af2a688`.
```solidity
function MIN_PERIOD_LENGTH() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_PERIOD_LENGTHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_PERIOD_LENGTH()`](MIN_PERIOD_LENGTHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_PERIOD_LENGTHReturn {
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
            impl ::core::convert::From<MIN_PERIOD_LENGTHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_PERIOD_LENGTHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_PERIOD_LENGTHCall {
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
            impl ::core::convert::From<MIN_PERIOD_LENGTHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_PERIOD_LENGTHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_PERIOD_LENGTHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_PERIOD_LENGTHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_PERIOD_LENGTH()";
            const SELECTOR: [u8; 4] = [106u8, 242u8, 166u8, 136u8];
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
                        let r: MIN_PERIOD_LENGTHReturn = r.into();
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
                        let r: MIN_PERIOD_LENGTHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MIN_RATING_PAYMENT()` and selector `0x3913feda`.
```solidity
function MIN_RATING_PAYMENT() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_RATING_PAYMENTCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MIN_RATING_PAYMENT()`](MIN_RATING_PAYMENTCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MIN_RATING_PAYMENTReturn {
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
            impl ::core::convert::From<MIN_RATING_PAYMENTCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_RATING_PAYMENTCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_RATING_PAYMENTCall {
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
            impl ::core::convert::From<MIN_RATING_PAYMENTReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: MIN_RATING_PAYMENTReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for MIN_RATING_PAYMENTReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MIN_RATING_PAYMENTCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MIN_RATING_PAYMENT()";
            const SELECTOR: [u8; 4] = [57u8, 19u8, 254u8, 218u8];
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
                        let r: MIN_RATING_PAYMENTReturn = r.into();
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
                        let r: MIN_RATING_PAYMENTReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `applyConfig(uint256)` and selector `0xbbf6df39`.
```solidity
function applyConfig(uint256 configId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyConfigCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
    }
    ///Container type for the return parameters of the [`applyConfig(uint256)`](applyConfigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyConfigReturn {}
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
            impl ::core::convert::From<applyConfigCall> for UnderlyingRustTuple<'_> {
                fn from(value: applyConfigCall) -> Self {
                    (value.configId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyConfigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { configId: tuple.0 }
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
            impl ::core::convert::From<applyConfigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: applyConfigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyConfigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl applyConfigReturn {
            fn _tokenize(
                &self,
            ) -> <applyConfigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for applyConfigCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = applyConfigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "applyConfig(uint256)";
            const SELECTOR: [u8; 4] = [187u8, 246u8, 223u8, 57u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                applyConfigReturn::_tokenize(ret)
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
    /**Function with signature `cancel(uint256)` and selector `0x40e58ee5`.
```solidity
function cancel(uint256 configId) external returns (uint256 refund);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`cancel(uint256)`](cancelCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelReturn {
        #[allow(missing_docs)]
        pub refund: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<cancelCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelCall) -> Self {
                    (value.configId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { configId: tuple.0 }
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
            impl ::core::convert::From<cancelReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelReturn) -> Self {
                    (value.refund,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { refund: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancel(uint256)";
            const SELECTOR: [u8; 4] = [64u8, 229u8, 142u8, 229u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
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
                        let r: cancelReturn = r.into();
                        r.refund
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
                        let r: cancelReturn = r.into();
                        r.refund
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `configCount()` and selector `0xa0620634`.
```solidity
function configCount() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct configCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`configCount()`](configCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct configCountReturn {
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
            impl ::core::convert::From<configCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: configCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for configCountCall {
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
            impl ::core::convert::From<configCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: configCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for configCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for configCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "configCount()";
            const SELECTOR: [u8; 4] = [160u8, 98u8, 6u8, 52u8];
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
                        let r: configCountReturn = r.into();
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
                        let r: configCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `earningsOf(address)` and selector `0x8df08bd4`.
```solidity
function earningsOf(address creator) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct earningsOfCall {
        #[allow(missing_docs)]
        pub creator: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`earningsOf(address)`](earningsOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct earningsOfReturn {
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
            impl ::core::convert::From<earningsOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: earningsOfCall) -> Self {
                    (value.creator,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for earningsOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { creator: tuple.0 }
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
            impl ::core::convert::From<earningsOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: earningsOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for earningsOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for earningsOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "earningsOf(address)";
            const SELECTOR: [u8; 4] = [141u8, 240u8, 139u8, 212u8];
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
                        &self.creator,
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
                        let r: earningsOfReturn = r.into();
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
                        let r: earningsOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `era()` and selector `0x143e55e0`.
```solidity
function era() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eraCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`era()`](eraCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eraReturn {
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
            impl ::core::convert::From<eraCall> for UnderlyingRustTuple<'_> {
                fn from(value: eraCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eraCall {
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
            impl ::core::convert::From<eraReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eraReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eraReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eraCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "era()";
            const SELECTOR: [u8; 4] = [20u8, 62u8, 85u8, 224u8];
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
                        let r: eraReturn = r.into();
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
                        let r: eraReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getConfig(uint256)` and selector `0xa81b2f8d`.
```solidity
function getConfig(uint256 configId) external view returns (IConfigMarket.Config memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getConfigCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getConfig(uint256)`](getConfigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getConfigReturn {
        #[allow(missing_docs)]
        pub _0: <IConfigMarket::Config as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<getConfigCall> for UnderlyingRustTuple<'_> {
                fn from(value: getConfigCall) -> Self {
                    (value.configId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getConfigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { configId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConfigMarket::Config,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IConfigMarket::Config as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<getConfigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getConfigReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getConfigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getConfigCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IConfigMarket::Config as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IConfigMarket::Config,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getConfig(uint256)";
            const SELECTOR: [u8; 4] = [168u8, 27u8, 47u8, 141u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IConfigMarket::Config as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: getConfigReturn = r.into();
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
                        let r: getConfigReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getConfigVersion(uint256,uint32)` and selector `0x693ae30a`.
```solidity
function getConfigVersion(uint256 configId, uint32 version) external view returns (bytes32 contentHash, string memory uri, IProfileRegistry.Profile memory profile);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getConfigVersionCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`getConfigVersion(uint256,uint32)`](getConfigVersionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getConfigVersionReturn {
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<getConfigVersionCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: getConfigVersionCall) -> Self {
                    (value.configId, value.version)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getConfigVersionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        version: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                IProfileRegistry::Profile,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::String,
                <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<getConfigVersionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getConfigVersionReturn) -> Self {
                    (value.contentHash, value.uri, value.profile)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getConfigVersionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        contentHash: tuple.0,
                        uri: tuple.1,
                        profile: tuple.2,
                    }
                }
            }
        }
        impl getConfigVersionReturn {
            fn _tokenize(
                &self,
            ) -> <getConfigVersionCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                    <IProfileRegistry::Profile as alloy_sol_types::SolType>::tokenize(
                        &self.profile,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getConfigVersionCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = getConfigVersionReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                IProfileRegistry::Profile,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getConfigVersion(uint256,uint32)";
            const SELECTOR: [u8; 4] = [105u8, 58u8, 227u8, 10u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                getConfigVersionReturn::_tokenize(ret)
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
    /**Function with signature `getRoleAdmin(bytes32)` and selector `0x248a9ca3`.
```solidity
function getRoleAdmin(bytes32 role) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRoleAdmin(bytes32)`](getRoleAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminReturn {
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
            impl ::core::convert::From<getRoleAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminCall) -> Self {
                    (value.role,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0 }
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
            impl ::core::convert::From<getRoleAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRoleAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRoleAdmin(bytes32)";
            const SELECTOR: [u8; 4] = [36u8, 138u8, 156u8, 163u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
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
                        let r: getRoleAdminReturn = r.into();
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
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getSubscription(uint256,address)` and selector `0x5469f0f2`.
```solidity
function getSubscription(uint256 configId, address subscriber) external view returns (IConfigMarket.Subscription memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSubscriptionCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getSubscription(uint256,address)`](getSubscriptionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getSubscriptionReturn {
        #[allow(missing_docs)]
        pub _0: <IConfigMarket::Subscription as alloy::sol_types::SolType>::RustType,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<getSubscriptionCall> for UnderlyingRustTuple<'_> {
                fn from(value: getSubscriptionCall) -> Self {
                    (value.configId, value.subscriber)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getSubscriptionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        subscriber: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConfigMarket::Subscription,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IConfigMarket::Subscription as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<getSubscriptionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: getSubscriptionReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for getSubscriptionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getSubscriptionCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IConfigMarket::Subscription as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IConfigMarket::Subscription,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getSubscription(uint256,address)";
            const SELECTOR: [u8; 4] = [84u8, 105u8, 240u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.subscriber,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IConfigMarket::Subscription as alloy_sol_types::SolType>::tokenize(
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
                        let r: getSubscriptionReturn = r.into();
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
                        let r: getSubscriptionReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantRole(bytes32,address)` and selector `0x2f2ff15d`.
```solidity
function grantRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`grantRole(bytes32,address)`](grantRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleReturn {}
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<grantRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
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
            impl ::core::convert::From<grantRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantRoleReturn {
            fn _tokenize(
                &self,
            ) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 47u8, 241u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantRoleReturn::_tokenize(ret)
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
    /**Function with signature `hasRole(bytes32,address)` and selector `0x91d14854`.
```solidity
function hasRole(bytes32 role, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasRole(bytes32,address)`](hasRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleReturn {
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
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<hasRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
                    }
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
            impl ::core::convert::From<hasRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "hasRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [145u8, 209u8, 72u8, 84u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
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
                        let r: hasRoleReturn = r.into();
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
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isSubscribed(uint256,address)` and selector `0x314a051c`.
```solidity
function isSubscribed(uint256 configId, address subscriber) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isSubscribedCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isSubscribed(uint256,address)`](isSubscribedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isSubscribedReturn {
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
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<isSubscribedCall> for UnderlyingRustTuple<'_> {
                fn from(value: isSubscribedCall) -> Self {
                    (value.configId, value.subscriber)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isSubscribedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        subscriber: tuple.1,
                    }
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
            impl ::core::convert::From<isSubscribedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isSubscribedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isSubscribedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isSubscribedCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isSubscribed(uint256,address)";
            const SELECTOR: [u8; 4] = [49u8, 74u8, 5u8, 28u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.subscriber,
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
                        let r: isSubscribedReturn = r.into();
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
                        let r: isSubscribedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `periodLength()` and selector `0xd2ca2115`.
```solidity
function periodLength() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodLengthCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`periodLength()`](periodLengthCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct periodLengthReturn {
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
            impl ::core::convert::From<periodLengthCall> for UnderlyingRustTuple<'_> {
                fn from(value: periodLengthCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodLengthCall {
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
            impl ::core::convert::From<periodLengthReturn> for UnderlyingRustTuple<'_> {
                fn from(value: periodLengthReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for periodLengthReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for periodLengthCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "periodLength()";
            const SELECTOR: [u8; 4] = [210u8, 202u8, 33u8, 21u8];
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
                        let r: periodLengthReturn = r.into();
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
                        let r: periodLengthReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `profileRegistry()` and selector `0xc9bb1a48`.
```solidity
function profileRegistry() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct profileRegistryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`profileRegistry()`](profileRegistryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct profileRegistryReturn {
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
            impl ::core::convert::From<profileRegistryCall> for UnderlyingRustTuple<'_> {
                fn from(value: profileRegistryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for profileRegistryCall {
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
            impl ::core::convert::From<profileRegistryReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: profileRegistryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for profileRegistryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for profileRegistryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "profileRegistry()";
            const SELECTOR: [u8; 4] = [201u8, 187u8, 26u8, 72u8];
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
                        let r: profileRegistryReturn = r.into();
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
                        let r: profileRegistryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `protocolFeeBps()` and selector `0x35659fb8`.
```solidity
function protocolFeeBps() external view returns (uint16);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct protocolFeeBpsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`protocolFeeBps()`](protocolFeeBpsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct protocolFeeBpsReturn {
        #[allow(missing_docs)]
        pub _0: u16,
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
            impl ::core::convert::From<protocolFeeBpsCall> for UnderlyingRustTuple<'_> {
                fn from(value: protocolFeeBpsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for protocolFeeBpsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
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
            impl ::core::convert::From<protocolFeeBpsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: protocolFeeBpsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for protocolFeeBpsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for protocolFeeBpsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "protocolFeeBps()";
            const SELECTOR: [u8; 4] = [53u8, 101u8, 159u8, 184u8];
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
                        16,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: protocolFeeBpsReturn = r.into();
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
                        let r: protocolFeeBpsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    /**Function with signature `publishConfig(uint96,bytes32,string,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))` and selector `0x453e555d`.
```solidity
function publishConfig(uint96 pricePerPeriod, bytes32 contentHash, string memory uri, IProfileRegistry.Profile memory profile) external returns (uint256 configId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishConfigCall {
        #[allow(missing_docs)]
        pub pricePerPeriod: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`publishConfig(uint96,bytes32,string,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))`](publishConfigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishConfigReturn {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                IProfileRegistry::Profile,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U96,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::String,
                <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<publishConfigCall> for UnderlyingRustTuple<'_> {
                fn from(value: publishConfigCall) -> Self {
                    (value.pricePerPeriod, value.contentHash, value.uri, value.profile)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for publishConfigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        pricePerPeriod: tuple.0,
                        contentHash: tuple.1,
                        uri: tuple.2,
                        profile: tuple.3,
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
            impl ::core::convert::From<publishConfigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: publishConfigReturn) -> Self {
                    (value.configId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for publishConfigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { configId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for publishConfigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                IProfileRegistry::Profile,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "publishConfig(uint96,bytes32,string,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))";
            const SELECTOR: [u8; 4] = [69u8, 62u8, 85u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerPeriod),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                    <IProfileRegistry::Profile as alloy_sol_types::SolType>::tokenize(
                        &self.profile,
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
                        let r: publishConfigReturn = r.into();
                        r.configId
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
                        let r: publishConfigReturn = r.into();
                        r.configId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    /**Function with signature `publishVersion(uint256,bytes32,string,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))` and selector `0x46bfe482`.
```solidity
function publishVersion(uint256 configId, bytes32 contentHash, string memory uri, IProfileRegistry.Profile memory profile) external returns (uint32 version);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishVersionCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub uri: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`publishVersion(uint256,bytes32,string,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))`](publishVersionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct publishVersionReturn {
        #[allow(missing_docs)]
        pub version: u32,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                IProfileRegistry::Profile,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::String,
                <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<publishVersionCall> for UnderlyingRustTuple<'_> {
                fn from(value: publishVersionCall) -> Self {
                    (value.configId, value.contentHash, value.uri, value.profile)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for publishVersionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        contentHash: tuple.1,
                        uri: tuple.2,
                        profile: tuple.3,
                    }
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
            impl ::core::convert::From<publishVersionReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: publishVersionReturn) -> Self {
                    (value.version,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for publishVersionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { version: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for publishVersionCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::String,
                IProfileRegistry::Profile,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "publishVersion(uint256,bytes32,string,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))";
            const SELECTOR: [u8; 4] = [70u8, 191u8, 228u8, 130u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.uri,
                    ),
                    <IProfileRegistry::Profile as alloy_sol_types::SolType>::tokenize(
                        &self.profile,
                    ),
                )
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
                        let r: publishVersionReturn = r.into();
                        r.version
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
                        let r: publishVersionReturn = r.into();
                        r.version
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `rate(uint256,uint8)` and selector `0x8037559e`.
```solidity
function rate(uint256 configId, uint8 rating) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rateCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub rating: u8,
    }
    ///Container type for the return parameters of the [`rate(uint256,uint8)`](rateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rateReturn {}
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u8,
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
            impl ::core::convert::From<rateCall> for UnderlyingRustTuple<'_> {
                fn from(value: rateCall) -> Self {
                    (value.configId, value.rating)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        rating: tuple.1,
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
            impl ::core::convert::From<rateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: rateReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl rateReturn {
            fn _tokenize(
                &self,
            ) -> <rateCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = rateReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "rate(uint256,uint8)";
            const SELECTOR: [u8; 4] = [128u8, 55u8, 85u8, 158u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.rating),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                rateReturn::_tokenize(ret)
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
    /**Function with signature `releasable(uint256,address)` and selector `0x775952c6`.
```solidity
function releasable(uint256 configId, address subscriber) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releasableCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscriber: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`releasable(uint256,address)`](releasableCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releasableReturn {
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<releasableCall> for UnderlyingRustTuple<'_> {
                fn from(value: releasableCall) -> Self {
                    (value.configId, value.subscriber)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releasableCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        subscriber: tuple.1,
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
            impl ::core::convert::From<releasableReturn> for UnderlyingRustTuple<'_> {
                fn from(value: releasableReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releasableReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for releasableCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "releasable(uint256,address)";
            const SELECTOR: [u8; 4] = [119u8, 89u8, 82u8, 198u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.subscriber,
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
                        let r: releasableReturn = r.into();
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
                        let r: releasableReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `release(uint256,address[])` and selector `0xff48cbef`.
```solidity
function release(uint256 configId, address[] memory subscribers) external returns (uint256 released);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releaseCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub subscribers: alloy::sol_types::private::Vec<
            alloy::sol_types::private::Address,
        >,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`release(uint256,address[])`](releaseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releaseReturn {
        #[allow(missing_docs)]
        pub released: alloy::sol_types::private::primitives::aliases::U256,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Address>,
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
            impl ::core::convert::From<releaseCall> for UnderlyingRustTuple<'_> {
                fn from(value: releaseCall) -> Self {
                    (value.configId, value.subscribers)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releaseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        subscribers: tuple.1,
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
            impl ::core::convert::From<releaseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: releaseReturn) -> Self {
                    (value.released,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releaseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { released: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for releaseCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Address>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "release(uint256,address[])";
            const SELECTOR: [u8; 4] = [255u8, 72u8, 203u8, 239u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Address,
                    > as alloy_sol_types::SolType>::tokenize(&self.subscribers),
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
                        let r: releaseReturn = r.into();
                        r.released
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
                        let r: releaseReturn = r.into();
                        r.released
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renew(uint256,uint32,uint256)` and selector `0x54a4d0ee`.
```solidity
function renew(uint256 configId, uint32 periods, uint256 maxPricePerPeriod) external returns (uint40 expiry);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renewCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub periods: u32,
        #[allow(missing_docs)]
        pub maxPricePerPeriod: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`renew(uint256,uint32,uint256)`](renewCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renewReturn {
        #[allow(missing_docs)]
        pub expiry: alloy::sol_types::private::primitives::aliases::U40,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
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
            impl ::core::convert::From<renewCall> for UnderlyingRustTuple<'_> {
                fn from(value: renewCall) -> Self {
                    (value.configId, value.periods, value.maxPricePerPeriod)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renewCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        periods: tuple.1,
                        maxPricePerPeriod: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U40,
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
            impl ::core::convert::From<renewReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renewReturn) -> Self {
                    (value.expiry,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renewReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { expiry: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renewCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U40;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renew(uint256,uint32,uint256)";
            const SELECTOR: [u8; 4] = [84u8, 164u8, 208u8, 238u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.periods),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxPricePerPeriod),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: renewReturn = r.into();
                        r.expiry
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
                        let r: renewReturn = r.into();
                        r.expiry
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `renounceRole(bytes32,address)` and selector `0x36568abe`.
```solidity
function renounceRole(bytes32 role, address callerConfirmation) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub callerConfirmation: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`renounceRole(bytes32,address)`](renounceRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleReturn {}
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<renounceRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleCall) -> Self {
                    (value.role, value.callerConfirmation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        callerConfirmation: tuple.1,
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
            impl ::core::convert::From<renounceRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceRoleReturn {
            fn _tokenize(
                &self,
            ) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [54u8, 86u8, 138u8, 190u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callerConfirmation,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceRoleReturn::_tokenize(ret)
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
    /**Function with signature `revokeRole(bytes32,address)` and selector `0xd547741f`.
```solidity
function revokeRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeRole(bytes32,address)`](revokeRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleReturn {}
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<revokeRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
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
            impl ::core::convert::From<revokeRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeRoleReturn {
            fn _tokenize(
                &self,
            ) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [213u8, 71u8, 116u8, 31u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeRoleReturn::_tokenize(ret)
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
    /**Function with signature `setPrice(uint256,uint96)` and selector `0x3d8886f1`.
```solidity
function setPrice(uint256 configId, uint96 pricePerPeriod) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPriceCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub pricePerPeriod: alloy::sol_types::private::primitives::aliases::U96,
    }
    ///Container type for the return parameters of the [`setPrice(uint256,uint96)`](setPriceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPriceReturn {}
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<96>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U96,
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
            impl ::core::convert::From<setPriceCall> for UnderlyingRustTuple<'_> {
                fn from(value: setPriceCall) -> Self {
                    (value.configId, value.pricePerPeriod)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPriceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        pricePerPeriod: tuple.1,
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
            impl ::core::convert::From<setPriceReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setPriceReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPriceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setPriceReturn {
            fn _tokenize(
                &self,
            ) -> <setPriceCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setPriceCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<96>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setPriceReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setPrice(uint256,uint96)";
            const SELECTOR: [u8; 4] = [61u8, 136u8, 134u8, 241u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::tokenize(&self.pricePerPeriod),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setPriceReturn::_tokenize(ret)
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
    /**Function with signature `setProtocolFee(uint16)` and selector `0xe4467f35`.
```solidity
function setProtocolFee(uint16 feeBps) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProtocolFeeCall {
        #[allow(missing_docs)]
        pub feeBps: u16,
    }
    ///Container type for the return parameters of the [`setProtocolFee(uint16)`](setProtocolFeeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProtocolFeeReturn {}
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
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
            impl ::core::convert::From<setProtocolFeeCall> for UnderlyingRustTuple<'_> {
                fn from(value: setProtocolFeeCall) -> Self {
                    (value.feeBps,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setProtocolFeeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { feeBps: tuple.0 }
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
            impl ::core::convert::From<setProtocolFeeReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setProtocolFeeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setProtocolFeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setProtocolFeeReturn {
            fn _tokenize(
                &self,
            ) -> <setProtocolFeeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setProtocolFeeCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setProtocolFeeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setProtocolFee(uint16)";
            const SELECTOR: [u8; 4] = [228u8, 70u8, 127u8, 53u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.feeBps),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setProtocolFeeReturn::_tokenize(ret)
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
    /**Function with signature `setTreasury(address)` and selector `0xf0f44260`.
```solidity
function setTreasury(address treasury_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryCall {
        #[allow(missing_docs)]
        pub treasury_: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`setTreasury(address)`](setTreasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setTreasuryReturn {}
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
            impl ::core::convert::From<setTreasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryCall) -> Self {
                    (value.treasury_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { treasury_: tuple.0 }
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
            impl ::core::convert::From<setTreasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setTreasuryReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setTreasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setTreasuryReturn {
            fn _tokenize(
                &self,
            ) -> <setTreasuryCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setTreasuryCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setTreasuryReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setTreasury(address)";
            const SELECTOR: [u8; 4] = [240u8, 244u8, 66u8, 96u8];
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
                        &self.treasury_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setTreasuryReturn::_tokenize(ret)
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
    /**Function with signature `subscribe(uint256,uint32,uint256)` and selector `0x3e94a955`.
```solidity
function subscribe(uint256 configId, uint32 periods, uint256 maxPricePerPeriod) external returns (uint40 expiry);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct subscribeCall {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub periods: u32,
        #[allow(missing_docs)]
        pub maxPricePerPeriod: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`subscribe(uint256,uint32,uint256)`](subscribeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct subscribeReturn {
        #[allow(missing_docs)]
        pub expiry: alloy::sol_types::private::primitives::aliases::U40,
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
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u32,
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
            impl ::core::convert::From<subscribeCall> for UnderlyingRustTuple<'_> {
                fn from(value: subscribeCall) -> Self {
                    (value.configId, value.periods, value.maxPricePerPeriod)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for subscribeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        configId: tuple.0,
                        periods: tuple.1,
                        maxPricePerPeriod: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U40,
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
            impl ::core::convert::From<subscribeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: subscribeReturn) -> Self {
                    (value.expiry,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for subscribeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { expiry: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for subscribeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U40;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "subscribe(uint256,uint32,uint256)";
            const SELECTOR: [u8; 4] = [62u8, 148u8, 169u8, 85u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.configId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.periods),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxPricePerPeriod),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: subscribeReturn = r.into();
                        r.expiry
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
                        let r: subscribeReturn = r.into();
                        r.expiry
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
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
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
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
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
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
                        let r: supportsInterfaceReturn = r.into();
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
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `sweepFees()` and selector `0xd113b95c`.
```solidity
function sweepFees() external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct sweepFeesCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`sweepFees()`](sweepFeesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct sweepFeesReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<sweepFeesCall> for UnderlyingRustTuple<'_> {
                fn from(value: sweepFeesCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for sweepFeesCall {
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
            impl ::core::convert::From<sweepFeesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: sweepFeesReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for sweepFeesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for sweepFeesCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "sweepFees()";
            const SELECTOR: [u8; 4] = [209u8, 19u8, 185u8, 92u8];
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
                        let r: sweepFeesReturn = r.into();
                        r.amount
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
                        let r: sweepFeesReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `treasury()` and selector `0x61d027b3`.
```solidity
function treasury() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`treasury()`](treasuryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct treasuryReturn {
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
            impl ::core::convert::From<treasuryCall> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryCall {
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
            impl ::core::convert::From<treasuryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: treasuryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for treasuryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for treasuryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "treasury()";
            const SELECTOR: [u8; 4] = [97u8, 208u8, 39u8, 179u8];
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
                        let r: treasuryReturn = r.into();
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
                        let r: treasuryReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unsweptFees()` and selector `0x5d04d4c6`.
```solidity
function unsweptFees() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unsweptFeesCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`unsweptFees()`](unsweptFeesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unsweptFeesReturn {
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
            impl ::core::convert::From<unsweptFeesCall> for UnderlyingRustTuple<'_> {
                fn from(value: unsweptFeesCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unsweptFeesCall {
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
            impl ::core::convert::From<unsweptFeesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unsweptFeesReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unsweptFeesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unsweptFeesCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unsweptFees()";
            const SELECTOR: [u8; 4] = [93u8, 4u8, 212u8, 198u8];
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
                        let r: unsweptFeesReturn = r.into();
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
                        let r: unsweptFeesReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawEarnings(address)` and selector `0x3d4d8d4f`.
```solidity
function withdrawEarnings(address to) external returns (uint256 amount);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawEarningsCall {
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`withdrawEarnings(address)`](withdrawEarningsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawEarningsReturn {
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<withdrawEarningsCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawEarningsCall) -> Self {
                    (value.to,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawEarningsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { to: tuple.0 }
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
            impl ::core::convert::From<withdrawEarningsReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: withdrawEarningsReturn) -> Self {
                    (value.amount,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for withdrawEarningsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { amount: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawEarningsCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawEarnings(address)";
            const SELECTOR: [u8; 4] = [61u8, 77u8, 141u8, 79u8];
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
                        &self.to,
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
                        let r: withdrawEarningsReturn = r.into();
                        r.amount
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
                        let r: withdrawEarningsReturn = r.into();
                        r.amount
                    })
            }
        }
    };
    ///Container for all the [`ConfigMarket`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum ConfigMarketCalls {
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        MAX_PERIODS(MAX_PERIODSCall),
        #[allow(missing_docs)]
        MAX_PERIOD_LENGTH(MAX_PERIOD_LENGTHCall),
        #[allow(missing_docs)]
        MAX_RATING(MAX_RATINGCall),
        #[allow(missing_docs)]
        MIN_PERIOD_LENGTH(MIN_PERIOD_LENGTHCall),
        #[allow(missing_docs)]
        MIN_RATING_PAYMENT(MIN_RATING_PAYMENTCall),
        #[allow(missing_docs)]
        applyConfig(applyConfigCall),
        #[allow(missing_docs)]
        cancel(cancelCall),
        #[allow(missing_docs)]
        configCount(configCountCall),
        #[allow(missing_docs)]
        earningsOf(earningsOfCall),
        #[allow(missing_docs)]
        era(eraCall),
        #[allow(missing_docs)]
        getConfig(getConfigCall),
        #[allow(missing_docs)]
        getConfigVersion(getConfigVersionCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        getSubscription(getSubscriptionCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        isSubscribed(isSubscribedCall),
        #[allow(missing_docs)]
        periodLength(periodLengthCall),
        #[allow(missing_docs)]
        profileRegistry(profileRegistryCall),
        #[allow(missing_docs)]
        protocolFeeBps(protocolFeeBpsCall),
        #[allow(missing_docs)]
        publishConfig(publishConfigCall),
        #[allow(missing_docs)]
        publishVersion(publishVersionCall),
        #[allow(missing_docs)]
        rate(rateCall),
        #[allow(missing_docs)]
        releasable(releasableCall),
        #[allow(missing_docs)]
        release(releaseCall),
        #[allow(missing_docs)]
        renew(renewCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        setPrice(setPriceCall),
        #[allow(missing_docs)]
        setProtocolFee(setProtocolFeeCall),
        #[allow(missing_docs)]
        setTreasury(setTreasuryCall),
        #[allow(missing_docs)]
        subscribe(subscribeCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        sweepFees(sweepFeesCall),
        #[allow(missing_docs)]
        treasury(treasuryCall),
        #[allow(missing_docs)]
        unsweptFees(unsweptFeesCall),
        #[allow(missing_docs)]
        withdrawEarnings(withdrawEarningsCall),
    }
    impl ConfigMarketCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [10u8, 37u8, 70u8, 64u8],
            [20u8, 62u8, 85u8, 224u8],
            [36u8, 138u8, 156u8, 163u8],
            [47u8, 47u8, 241u8, 93u8],
            [49u8, 74u8, 5u8, 28u8],
            [53u8, 101u8, 159u8, 184u8],
            [54u8, 86u8, 138u8, 190u8],
            [57u8, 19u8, 254u8, 218u8],
            [61u8, 77u8, 141u8, 79u8],
            [61u8, 136u8, 134u8, 241u8],
            [62u8, 148u8, 169u8, 85u8],
            [64u8, 229u8, 142u8, 229u8],
            [69u8, 62u8, 85u8, 93u8],
            [70u8, 191u8, 228u8, 130u8],
            [84u8, 105u8, 240u8, 242u8],
            [84u8, 164u8, 208u8, 238u8],
            [93u8, 4u8, 212u8, 198u8],
            [97u8, 208u8, 39u8, 179u8],
            [105u8, 58u8, 227u8, 10u8],
            [106u8, 242u8, 166u8, 136u8],
            [119u8, 89u8, 82u8, 198u8],
            [128u8, 55u8, 85u8, 158u8],
            [141u8, 240u8, 139u8, 212u8],
            [145u8, 209u8, 72u8, 84u8],
            [148u8, 225u8, 19u8, 234u8],
            [160u8, 98u8, 6u8, 52u8],
            [162u8, 23u8, 253u8, 223u8],
            [168u8, 27u8, 47u8, 141u8],
            [168u8, 58u8, 13u8, 48u8],
            [187u8, 246u8, 223u8, 57u8],
            [201u8, 187u8, 26u8, 72u8],
            [209u8, 19u8, 185u8, 92u8],
            [210u8, 202u8, 33u8, 21u8],
            [213u8, 71u8, 116u8, 31u8],
            [228u8, 70u8, 127u8, 53u8],
            [240u8, 244u8, 66u8, 96u8],
            [255u8, 72u8, 203u8, 239u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(MAX_PERIODS),
            ::core::stringify!(era),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(grantRole),
            ::core::stringify!(isSubscribed),
            ::core::stringify!(protocolFeeBps),
            ::core::stringify!(renounceRole),
            ::core::stringify!(MIN_RATING_PAYMENT),
            ::core::stringify!(withdrawEarnings),
            ::core::stringify!(setPrice),
            ::core::stringify!(subscribe),
            ::core::stringify!(cancel),
            ::core::stringify!(publishConfig),
            ::core::stringify!(publishVersion),
            ::core::stringify!(getSubscription),
            ::core::stringify!(renew),
            ::core::stringify!(unsweptFees),
            ::core::stringify!(treasury),
            ::core::stringify!(getConfigVersion),
            ::core::stringify!(MIN_PERIOD_LENGTH),
            ::core::stringify!(releasable),
            ::core::stringify!(rate),
            ::core::stringify!(earningsOf),
            ::core::stringify!(hasRole),
            ::core::stringify!(MAX_RATING),
            ::core::stringify!(configCount),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(getConfig),
            ::core::stringify!(MAX_PERIOD_LENGTH),
            ::core::stringify!(applyConfig),
            ::core::stringify!(profileRegistry),
            ::core::stringify!(sweepFees),
            ::core::stringify!(periodLength),
            ::core::stringify!(revokeRole),
            ::core::stringify!(setProtocolFee),
            ::core::stringify!(setTreasury),
            ::core::stringify!(release),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_PERIODSCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eraCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isSubscribedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <protocolFeeBpsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_RATING_PAYMENTCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawEarningsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setPriceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <subscribeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelCall as alloy_sol_types::SolCall>::SIGNATURE,
            <publishConfigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <publishVersionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getSubscriptionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renewCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unsweptFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <treasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getConfigVersionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MIN_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <releasableCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <earningsOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_RATINGCall as alloy_sol_types::SolCall>::SIGNATURE,
            <configCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <getConfigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <applyConfigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <profileRegistryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <sweepFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <periodLengthCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setProtocolFeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setTreasuryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <releaseCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for ConfigMarketCalls {
        const NAME: &'static str = "ConfigMarketCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 38usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_PERIODS(_) => {
                    <MAX_PERIODSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_PERIOD_LENGTH(_) => {
                    <MAX_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_RATING(_) => {
                    <MAX_RATINGCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_PERIOD_LENGTH(_) => {
                    <MIN_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MIN_RATING_PAYMENT(_) => {
                    <MIN_RATING_PAYMENTCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::applyConfig(_) => {
                    <applyConfigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancel(_) => <cancelCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::configCount(_) => {
                    <configCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::earningsOf(_) => {
                    <earningsOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::era(_) => <eraCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getConfig(_) => {
                    <getConfigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getConfigVersion(_) => {
                    <getConfigVersionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getSubscription(_) => {
                    <getSubscriptionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::grantRole(_) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isSubscribed(_) => {
                    <isSubscribedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::periodLength(_) => {
                    <periodLengthCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::profileRegistry(_) => {
                    <profileRegistryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::protocolFeeBps(_) => {
                    <protocolFeeBpsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::publishConfig(_) => {
                    <publishConfigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::publishVersion(_) => {
                    <publishVersionCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::rate(_) => <rateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::releasable(_) => {
                    <releasableCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::release(_) => <releaseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renew(_) => <renewCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::renounceRole(_) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setPrice(_) => <setPriceCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setProtocolFee(_) => {
                    <setProtocolFeeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setTreasury(_) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::subscribe(_) => {
                    <subscribeCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::sweepFees(_) => {
                    <sweepFeesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::treasury(_) => <treasuryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unsweptFees(_) => {
                    <unsweptFeesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::withdrawEarnings(_) => {
                    <withdrawEarningsCall as alloy_sol_types::SolCall>::SELECTOR
                }
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
            ) -> alloy_sol_types::Result<ConfigMarketCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn MAX_PERIODS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MAX_PERIODSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::MAX_PERIODS)
                    }
                    MAX_PERIODS
                },
                {
                    fn era(data: &[u8]) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <eraCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::era)
                    }
                    era
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn isSubscribed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <isSubscribedCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::isSubscribed)
                    }
                    isSubscribed
                },
                {
                    fn protocolFeeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <protocolFeeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::protocolFeeBps)
                    }
                    protocolFeeBps
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn MIN_RATING_PAYMENT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MIN_RATING_PAYMENTCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::MIN_RATING_PAYMENT)
                    }
                    MIN_RATING_PAYMENT
                },
                {
                    fn withdrawEarnings(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <withdrawEarningsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::withdrawEarnings)
                    }
                    withdrawEarnings
                },
                {
                    fn setPrice(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <setPriceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::setPrice)
                    }
                    setPrice
                },
                {
                    fn subscribe(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <subscribeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::subscribe)
                    }
                    subscribe
                },
                {
                    fn cancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <cancelCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::cancel)
                    }
                    cancel
                },
                {
                    fn publishConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <publishConfigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::publishConfig)
                    }
                    publishConfig
                },
                {
                    fn publishVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <publishVersionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::publishVersion)
                    }
                    publishVersion
                },
                {
                    fn getSubscription(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <getSubscriptionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::getSubscription)
                    }
                    getSubscription
                },
                {
                    fn renew(data: &[u8]) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <renewCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::renew)
                    }
                    renew
                },
                {
                    fn unsweptFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <unsweptFeesCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::unsweptFees)
                    }
                    unsweptFees
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::treasury)
                    }
                    treasury
                },
                {
                    fn getConfigVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <getConfigVersionCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::getConfigVersion)
                    }
                    getConfigVersion
                },
                {
                    fn MIN_PERIOD_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MIN_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::MIN_PERIOD_LENGTH)
                    }
                    MIN_PERIOD_LENGTH
                },
                {
                    fn releasable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <releasableCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::releasable)
                    }
                    releasable
                },
                {
                    fn rate(data: &[u8]) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <rateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::rate)
                    }
                    rate
                },
                {
                    fn earningsOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <earningsOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::earningsOf)
                    }
                    earningsOf
                },
                {
                    fn hasRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn MAX_RATING(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MAX_RATINGCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::MAX_RATING)
                    }
                    MAX_RATING
                },
                {
                    fn configCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <configCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::configCount)
                    }
                    configCount
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn getConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <getConfigCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::getConfig)
                    }
                    getConfig
                },
                {
                    fn MAX_PERIOD_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MAX_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::MAX_PERIOD_LENGTH)
                    }
                    MAX_PERIOD_LENGTH
                },
                {
                    fn applyConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <applyConfigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::applyConfig)
                    }
                    applyConfig
                },
                {
                    fn profileRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <profileRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::profileRegistry)
                    }
                    profileRegistry
                },
                {
                    fn sweepFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <sweepFeesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::sweepFees)
                    }
                    sweepFees
                },
                {
                    fn periodLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <periodLengthCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::periodLength)
                    }
                    periodLength
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn setProtocolFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <setProtocolFeeCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::setProtocolFee)
                    }
                    setProtocolFee
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn release(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <releaseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConfigMarketCalls::release)
                    }
                    release
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
            ) -> alloy_sol_types::Result<ConfigMarketCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn MAX_PERIODS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MAX_PERIODSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::MAX_PERIODS)
                    }
                    MAX_PERIODS
                },
                {
                    fn era(data: &[u8]) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <eraCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::era)
                    }
                    era
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn isSubscribed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <isSubscribedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::isSubscribed)
                    }
                    isSubscribed
                },
                {
                    fn protocolFeeBps(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <protocolFeeBpsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::protocolFeeBps)
                    }
                    protocolFeeBps
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn MIN_RATING_PAYMENT(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MIN_RATING_PAYMENTCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::MIN_RATING_PAYMENT)
                    }
                    MIN_RATING_PAYMENT
                },
                {
                    fn withdrawEarnings(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <withdrawEarningsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::withdrawEarnings)
                    }
                    withdrawEarnings
                },
                {
                    fn setPrice(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <setPriceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::setPrice)
                    }
                    setPrice
                },
                {
                    fn subscribe(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <subscribeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::subscribe)
                    }
                    subscribe
                },
                {
                    fn cancel(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <cancelCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::cancel)
                    }
                    cancel
                },
                {
                    fn publishConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <publishConfigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::publishConfig)
                    }
                    publishConfig
                },
                {
                    fn publishVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <publishVersionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::publishVersion)
                    }
                    publishVersion
                },
                {
                    fn getSubscription(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <getSubscriptionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::getSubscription)
                    }
                    getSubscription
                },
                {
                    fn renew(data: &[u8]) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <renewCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::renew)
                    }
                    renew
                },
                {
                    fn unsweptFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <unsweptFeesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::unsweptFees)
                    }
                    unsweptFees
                },
                {
                    fn treasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <treasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::treasury)
                    }
                    treasury
                },
                {
                    fn getConfigVersion(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <getConfigVersionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::getConfigVersion)
                    }
                    getConfigVersion
                },
                {
                    fn MIN_PERIOD_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MIN_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::MIN_PERIOD_LENGTH)
                    }
                    MIN_PERIOD_LENGTH
                },
                {
                    fn releasable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <releasableCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::releasable)
                    }
                    releasable
                },
                {
                    fn rate(data: &[u8]) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <rateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::rate)
                    }
                    rate
                },
                {
                    fn earningsOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <earningsOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::earningsOf)
                    }
                    earningsOf
                },
                {
                    fn hasRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn MAX_RATING(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MAX_RATINGCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::MAX_RATING)
                    }
                    MAX_RATING
                },
                {
                    fn configCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <configCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::configCount)
                    }
                    configCount
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn getConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <getConfigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::getConfig)
                    }
                    getConfig
                },
                {
                    fn MAX_PERIOD_LENGTH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <MAX_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::MAX_PERIOD_LENGTH)
                    }
                    MAX_PERIOD_LENGTH
                },
                {
                    fn applyConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <applyConfigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::applyConfig)
                    }
                    applyConfig
                },
                {
                    fn profileRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <profileRegistryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::profileRegistry)
                    }
                    profileRegistry
                },
                {
                    fn sweepFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <sweepFeesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::sweepFees)
                    }
                    sweepFees
                },
                {
                    fn periodLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <periodLengthCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::periodLength)
                    }
                    periodLength
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn setProtocolFee(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <setProtocolFeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::setProtocolFee)
                    }
                    setProtocolFee
                },
                {
                    fn setTreasury(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <setTreasuryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::setTreasury)
                    }
                    setTreasury
                },
                {
                    fn release(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketCalls> {
                        <releaseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketCalls::release)
                    }
                    release
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
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_PERIODS(inner) => {
                    <MAX_PERIODSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_PERIOD_LENGTH(inner) => {
                    <MAX_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MAX_RATING(inner) => {
                    <MAX_RATINGCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MIN_PERIOD_LENGTH(inner) => {
                    <MIN_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::MIN_RATING_PAYMENT(inner) => {
                    <MIN_RATING_PAYMENTCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::applyConfig(inner) => {
                    <applyConfigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::cancel(inner) => {
                    <cancelCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::configCount(inner) => {
                    <configCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::earningsOf(inner) => {
                    <earningsOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::era(inner) => {
                    <eraCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getConfig(inner) => {
                    <getConfigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getConfigVersion(inner) => {
                    <getConfigVersionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getSubscription(inner) => {
                    <getSubscriptionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isSubscribed(inner) => {
                    <isSubscribedCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::periodLength(inner) => {
                    <periodLengthCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::profileRegistry(inner) => {
                    <profileRegistryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::protocolFeeBps(inner) => {
                    <protocolFeeBpsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::publishConfig(inner) => {
                    <publishConfigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::publishVersion(inner) => {
                    <publishVersionCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::rate(inner) => {
                    <rateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::releasable(inner) => {
                    <releasableCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::release(inner) => {
                    <releaseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renew(inner) => {
                    <renewCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setPrice(inner) => {
                    <setPriceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setProtocolFee(inner) => {
                    <setProtocolFeeCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::subscribe(inner) => {
                    <subscribeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::sweepFees(inner) => {
                    <sweepFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::unsweptFees(inner) => {
                    <unsweptFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::withdrawEarnings(inner) => {
                    <withdrawEarningsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_PERIODS(inner) => {
                    <MAX_PERIODSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_PERIOD_LENGTH(inner) => {
                    <MAX_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_RATING(inner) => {
                    <MAX_RATINGCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_PERIOD_LENGTH(inner) => {
                    <MIN_PERIOD_LENGTHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MIN_RATING_PAYMENT(inner) => {
                    <MIN_RATING_PAYMENTCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::applyConfig(inner) => {
                    <applyConfigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::cancel(inner) => {
                    <cancelCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::configCount(inner) => {
                    <configCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::earningsOf(inner) => {
                    <earningsOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::era(inner) => {
                    <eraCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getConfig(inner) => {
                    <getConfigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getConfigVersion(inner) => {
                    <getConfigVersionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getSubscription(inner) => {
                    <getSubscriptionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isSubscribed(inner) => {
                    <isSubscribedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::periodLength(inner) => {
                    <periodLengthCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::profileRegistry(inner) => {
                    <profileRegistryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::protocolFeeBps(inner) => {
                    <protocolFeeBpsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::publishConfig(inner) => {
                    <publishConfigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::publishVersion(inner) => {
                    <publishVersionCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::rate(inner) => {
                    <rateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::releasable(inner) => {
                    <releasableCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::release(inner) => {
                    <releaseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renew(inner) => {
                    <renewCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setPrice(inner) => {
                    <setPriceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setProtocolFee(inner) => {
                    <setProtocolFeeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setTreasury(inner) => {
                    <setTreasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::subscribe(inner) => {
                    <subscribeCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::sweepFees(inner) => {
                    <sweepFeesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::treasury(inner) => {
                    <treasuryCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::unsweptFees(inner) => {
                    <unsweptFeesCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::withdrawEarnings(inner) => {
                    <withdrawEarningsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ConfigMarket`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ConfigMarketErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        ConfigMarketAlreadyRated(ConfigMarketAlreadyRated),
        #[allow(missing_docs)]
        ConfigMarketAlreadySubscribed(ConfigMarketAlreadySubscribed),
        #[allow(missing_docs)]
        ConfigMarketFeeTooHigh(ConfigMarketFeeTooHigh),
        #[allow(missing_docs)]
        ConfigMarketInvalidPeriodLength(ConfigMarketInvalidPeriodLength),
        #[allow(missing_docs)]
        ConfigMarketInvalidPeriods(ConfigMarketInvalidPeriods),
        #[allow(missing_docs)]
        ConfigMarketInvalidRating(ConfigMarketInvalidRating),
        #[allow(missing_docs)]
        ConfigMarketNoEarnings(ConfigMarketNoEarnings),
        #[allow(missing_docs)]
        ConfigMarketNoFees(ConfigMarketNoFees),
        #[allow(missing_docs)]
        ConfigMarketNotCreator(ConfigMarketNotCreator),
        #[allow(missing_docs)]
        ConfigMarketNotSubscribed(ConfigMarketNotSubscribed),
        #[allow(missing_docs)]
        ConfigMarketPriceAboveMax(ConfigMarketPriceAboveMax),
        #[allow(missing_docs)]
        ConfigMarketRatingUnpaid(ConfigMarketRatingUnpaid),
        #[allow(missing_docs)]
        ConfigMarketUnknownConfig(ConfigMarketUnknownConfig),
        #[allow(missing_docs)]
        ConfigMarketZeroAddress(ConfigMarketZeroAddress),
        #[allow(missing_docs)]
        SafeCastOverflowedUintDowncast(SafeCastOverflowedUintDowncast),
        #[allow(missing_docs)]
        SafeERC20FailedOperation(SafeERC20FailedOperation),
    }
    impl ConfigMarketErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [21u8, 231u8, 143u8, 64u8],
            [26u8, 210u8, 142u8, 210u8],
            [44u8, 116u8, 214u8, 30u8],
            [82u8, 116u8, 175u8, 231u8],
            [102u8, 151u8, 178u8, 50u8],
            [109u8, 252u8, 198u8, 80u8],
            [115u8, 218u8, 34u8, 233u8],
            [132u8, 188u8, 244u8, 213u8],
            [151u8, 93u8, 235u8, 154u8],
            [175u8, 213u8, 204u8, 252u8],
            [204u8, 197u8, 177u8, 191u8],
            [208u8, 73u8, 158u8, 159u8],
            [213u8, 139u8, 114u8, 20u8],
            [224u8, 7u8, 74u8, 143u8],
            [226u8, 81u8, 125u8, 63u8],
            [248u8, 131u8, 217u8, 34u8],
            [254u8, 31u8, 164u8, 108u8],
            [255u8, 91u8, 41u8, 16u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ConfigMarketNotCreator),
            ::core::stringify!(ConfigMarketZeroAddress),
            ::core::stringify!(ConfigMarketUnknownConfig),
            ::core::stringify!(SafeERC20FailedOperation),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(SafeCastOverflowedUintDowncast),
            ::core::stringify!(ConfigMarketPriceAboveMax),
            ::core::stringify!(ConfigMarketInvalidPeriods),
            ::core::stringify!(ConfigMarketNoEarnings),
            ::core::stringify!(ConfigMarketRatingUnpaid),
            ::core::stringify!(ConfigMarketNoFees),
            ::core::stringify!(ConfigMarketFeeTooHigh),
            ::core::stringify!(ConfigMarketAlreadySubscribed),
            ::core::stringify!(ConfigMarketInvalidRating),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(ConfigMarketNotSubscribed),
            ::core::stringify!(ConfigMarketInvalidPeriodLength),
            ::core::stringify!(ConfigMarketAlreadyRated),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ConfigMarketNotCreator as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketUnknownConfig as alloy_sol_types::SolError>::SIGNATURE,
            <SafeERC20FailedOperation as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketPriceAboveMax as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketInvalidPeriods as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketNoEarnings as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketRatingUnpaid as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketNoFees as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketFeeTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketAlreadySubscribed as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketInvalidRating as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketNotSubscribed as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketInvalidPeriodLength as alloy_sol_types::SolError>::SIGNATURE,
            <ConfigMarketAlreadyRated as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for ConfigMarketErrors {
        const NAME: &'static str = "ConfigMarketErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 18usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketAlreadyRated(_) => {
                    <ConfigMarketAlreadyRated as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketAlreadySubscribed(_) => {
                    <ConfigMarketAlreadySubscribed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketFeeTooHigh(_) => {
                    <ConfigMarketFeeTooHigh as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketInvalidPeriodLength(_) => {
                    <ConfigMarketInvalidPeriodLength as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketInvalidPeriods(_) => {
                    <ConfigMarketInvalidPeriods as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketInvalidRating(_) => {
                    <ConfigMarketInvalidRating as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketNoEarnings(_) => {
                    <ConfigMarketNoEarnings as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketNoFees(_) => {
                    <ConfigMarketNoFees as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketNotCreator(_) => {
                    <ConfigMarketNotCreator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketNotSubscribed(_) => {
                    <ConfigMarketNotSubscribed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketPriceAboveMax(_) => {
                    <ConfigMarketPriceAboveMax as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketRatingUnpaid(_) => {
                    <ConfigMarketRatingUnpaid as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketUnknownConfig(_) => {
                    <ConfigMarketUnknownConfig as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConfigMarketZeroAddress(_) => {
                    <ConfigMarketZeroAddress as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeCastOverflowedUintDowncast(_) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SafeERC20FailedOperation(_) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::SELECTOR
                }
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
            ) -> alloy_sol_types::Result<ConfigMarketErrors>] = &[
                {
                    fn ConfigMarketNotCreator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketNotCreator as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketNotCreator)
                    }
                    ConfigMarketNotCreator
                },
                {
                    fn ConfigMarketZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketZeroAddress)
                    }
                    ConfigMarketZeroAddress
                },
                {
                    fn ConfigMarketUnknownConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketUnknownConfig as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketUnknownConfig)
                    }
                    ConfigMarketUnknownConfig
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn ConfigMarketPriceAboveMax(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketPriceAboveMax as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketPriceAboveMax)
                    }
                    ConfigMarketPriceAboveMax
                },
                {
                    fn ConfigMarketInvalidPeriods(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketInvalidPeriods as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketInvalidPeriods)
                    }
                    ConfigMarketInvalidPeriods
                },
                {
                    fn ConfigMarketNoEarnings(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketNoEarnings as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketNoEarnings)
                    }
                    ConfigMarketNoEarnings
                },
                {
                    fn ConfigMarketRatingUnpaid(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketRatingUnpaid as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketRatingUnpaid)
                    }
                    ConfigMarketRatingUnpaid
                },
                {
                    fn ConfigMarketNoFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketNoFees as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketNoFees)
                    }
                    ConfigMarketNoFees
                },
                {
                    fn ConfigMarketFeeTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketFeeTooHigh as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketFeeTooHigh)
                    }
                    ConfigMarketFeeTooHigh
                },
                {
                    fn ConfigMarketAlreadySubscribed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketAlreadySubscribed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketAlreadySubscribed)
                    }
                    ConfigMarketAlreadySubscribed
                },
                {
                    fn ConfigMarketInvalidRating(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketInvalidRating as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketInvalidRating)
                    }
                    ConfigMarketInvalidRating
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn ConfigMarketNotSubscribed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketNotSubscribed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketNotSubscribed)
                    }
                    ConfigMarketNotSubscribed
                },
                {
                    fn ConfigMarketInvalidPeriodLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketInvalidPeriodLength as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketInvalidPeriodLength)
                    }
                    ConfigMarketInvalidPeriodLength
                },
                {
                    fn ConfigMarketAlreadyRated(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketAlreadyRated as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketAlreadyRated)
                    }
                    ConfigMarketAlreadyRated
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
            ) -> alloy_sol_types::Result<ConfigMarketErrors>] = &[
                {
                    fn ConfigMarketNotCreator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketNotCreator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketNotCreator)
                    }
                    ConfigMarketNotCreator
                },
                {
                    fn ConfigMarketZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketZeroAddress)
                    }
                    ConfigMarketZeroAddress
                },
                {
                    fn ConfigMarketUnknownConfig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketUnknownConfig as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketUnknownConfig)
                    }
                    ConfigMarketUnknownConfig
                },
                {
                    fn SafeERC20FailedOperation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::SafeERC20FailedOperation)
                    }
                    SafeERC20FailedOperation
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn SafeCastOverflowedUintDowncast(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::SafeCastOverflowedUintDowncast)
                    }
                    SafeCastOverflowedUintDowncast
                },
                {
                    fn ConfigMarketPriceAboveMax(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketPriceAboveMax as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketPriceAboveMax)
                    }
                    ConfigMarketPriceAboveMax
                },
                {
                    fn ConfigMarketInvalidPeriods(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketInvalidPeriods as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketInvalidPeriods)
                    }
                    ConfigMarketInvalidPeriods
                },
                {
                    fn ConfigMarketNoEarnings(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketNoEarnings as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketNoEarnings)
                    }
                    ConfigMarketNoEarnings
                },
                {
                    fn ConfigMarketRatingUnpaid(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketRatingUnpaid as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketRatingUnpaid)
                    }
                    ConfigMarketRatingUnpaid
                },
                {
                    fn ConfigMarketNoFees(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketNoFees as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketNoFees)
                    }
                    ConfigMarketNoFees
                },
                {
                    fn ConfigMarketFeeTooHigh(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketFeeTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketFeeTooHigh)
                    }
                    ConfigMarketFeeTooHigh
                },
                {
                    fn ConfigMarketAlreadySubscribed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketAlreadySubscribed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketAlreadySubscribed)
                    }
                    ConfigMarketAlreadySubscribed
                },
                {
                    fn ConfigMarketInvalidRating(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketInvalidRating as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketInvalidRating)
                    }
                    ConfigMarketInvalidRating
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn ConfigMarketNotSubscribed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketNotSubscribed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketNotSubscribed)
                    }
                    ConfigMarketNotSubscribed
                },
                {
                    fn ConfigMarketInvalidPeriodLength(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketInvalidPeriodLength as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketInvalidPeriodLength)
                    }
                    ConfigMarketInvalidPeriodLength
                },
                {
                    fn ConfigMarketAlreadyRated(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConfigMarketErrors> {
                        <ConfigMarketAlreadyRated as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConfigMarketErrors::ConfigMarketAlreadyRated)
                    }
                    ConfigMarketAlreadyRated
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
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketAlreadyRated(inner) => {
                    <ConfigMarketAlreadyRated as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketAlreadySubscribed(inner) => {
                    <ConfigMarketAlreadySubscribed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketFeeTooHigh(inner) => {
                    <ConfigMarketFeeTooHigh as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketInvalidPeriodLength(inner) => {
                    <ConfigMarketInvalidPeriodLength as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketInvalidPeriods(inner) => {
                    <ConfigMarketInvalidPeriods as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketInvalidRating(inner) => {
                    <ConfigMarketInvalidRating as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketNoEarnings(inner) => {
                    <ConfigMarketNoEarnings as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketNoFees(inner) => {
                    <ConfigMarketNoFees as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketNotCreator(inner) => {
                    <ConfigMarketNotCreator as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketNotSubscribed(inner) => {
                    <ConfigMarketNotSubscribed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketPriceAboveMax(inner) => {
                    <ConfigMarketPriceAboveMax as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketRatingUnpaid(inner) => {
                    <ConfigMarketRatingUnpaid as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketUnknownConfig(inner) => {
                    <ConfigMarketUnknownConfig as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConfigMarketZeroAddress(inner) => {
                    <ConfigMarketZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketAlreadyRated(inner) => {
                    <ConfigMarketAlreadyRated as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketAlreadySubscribed(inner) => {
                    <ConfigMarketAlreadySubscribed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketFeeTooHigh(inner) => {
                    <ConfigMarketFeeTooHigh as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketInvalidPeriodLength(inner) => {
                    <ConfigMarketInvalidPeriodLength as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketInvalidPeriods(inner) => {
                    <ConfigMarketInvalidPeriods as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketInvalidRating(inner) => {
                    <ConfigMarketInvalidRating as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketNoEarnings(inner) => {
                    <ConfigMarketNoEarnings as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketNoFees(inner) => {
                    <ConfigMarketNoFees as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketNotCreator(inner) => {
                    <ConfigMarketNotCreator as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketNotSubscribed(inner) => {
                    <ConfigMarketNotSubscribed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketPriceAboveMax(inner) => {
                    <ConfigMarketPriceAboveMax as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketRatingUnpaid(inner) => {
                    <ConfigMarketRatingUnpaid as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketUnknownConfig(inner) => {
                    <ConfigMarketUnknownConfig as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConfigMarketZeroAddress(inner) => {
                    <ConfigMarketZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeCastOverflowedUintDowncast(inner) => {
                    <SafeCastOverflowedUintDowncast as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SafeERC20FailedOperation(inner) => {
                    <SafeERC20FailedOperation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ConfigMarket`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ConfigMarketEvents {
        #[allow(missing_docs)]
        ConfigApplied(ConfigApplied),
        #[allow(missing_docs)]
        ConfigPriceSet(ConfigPriceSet),
        #[allow(missing_docs)]
        ConfigPublished(ConfigPublished),
        #[allow(missing_docs)]
        ConfigRated(ConfigRated),
        #[allow(missing_docs)]
        ConfigVersionPublished(ConfigVersionPublished),
        #[allow(missing_docs)]
        EarningsWithdrawn(EarningsWithdrawn),
        #[allow(missing_docs)]
        EscrowReleased(EscrowReleased),
        #[allow(missing_docs)]
        FeesSwept(FeesSwept),
        #[allow(missing_docs)]
        ProtocolFeeSet(ProtocolFeeSet),
        #[allow(missing_docs)]
        Renewed(Renewed),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
        #[allow(missing_docs)]
        Subscribed(Subscribed),
        #[allow(missing_docs)]
        SubscriptionCancelled(SubscriptionCancelled),
        #[allow(missing_docs)]
        TreasurySet(TreasurySet),
    }
    impl ConfigMarketEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                10u8, 53u8, 101u8, 15u8, 168u8, 226u8, 225u8, 179u8, 15u8, 98u8, 107u8,
                28u8, 21u8, 122u8, 117u8, 88u8, 52u8, 249u8, 35u8, 78u8, 43u8, 182u8,
                87u8, 163u8, 74u8, 210u8, 226u8, 9u8, 210u8, 92u8, 133u8, 195u8,
            ],
            [
                12u8, 133u8, 132u8, 223u8, 10u8, 55u8, 84u8, 143u8, 38u8, 100u8, 76u8,
                65u8, 128u8, 158u8, 95u8, 144u8, 139u8, 88u8, 232u8, 136u8, 141u8, 212u8,
                65u8, 105u8, 30u8, 138u8, 33u8, 116u8, 236u8, 137u8, 243u8, 5u8,
            ],
            [
                35u8, 211u8, 138u8, 234u8, 218u8, 219u8, 91u8, 37u8, 230u8, 67u8, 108u8,
                123u8, 13u8, 111u8, 205u8, 199u8, 212u8, 8u8, 182u8, 9u8, 212u8, 241u8,
                206u8, 9u8, 92u8, 255u8, 107u8, 187u8, 249u8, 172u8, 196u8, 30u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                52u8, 78u8, 209u8, 173u8, 77u8, 221u8, 126u8, 99u8, 224u8, 68u8, 3u8,
                129u8, 30u8, 56u8, 5u8, 136u8, 149u8, 239u8, 122u8, 101u8, 107u8, 246u8,
                213u8, 178u8, 93u8, 33u8, 158u8, 0u8, 131u8, 194u8, 39u8, 230u8,
            ],
            [
                60u8, 134u8, 69u8, 65u8, 239u8, 113u8, 55u8, 140u8, 98u8, 41u8, 81u8,
                14u8, 217u8, 15u8, 55u8, 101u8, 101u8, 238u8, 66u8, 217u8, 197u8, 224u8,
                144u8, 74u8, 152u8, 74u8, 158u8, 134u8, 62u8, 109u8, 180u8, 79u8,
            ],
            [
                74u8, 106u8, 54u8, 120u8, 0u8, 34u8, 173u8, 217u8, 181u8, 200u8, 166u8,
                89u8, 89u8, 195u8, 64u8, 79u8, 57u8, 148u8, 220u8, 0u8, 249u8, 188u8,
                247u8, 8u8, 203u8, 75u8, 205u8, 110u8, 98u8, 37u8, 123u8, 142u8,
            ],
            [
                169u8, 193u8, 23u8, 172u8, 84u8, 14u8, 144u8, 125u8, 61u8, 253u8, 169u8,
                9u8, 69u8, 125u8, 206u8, 249u8, 196u8, 7u8, 86u8, 120u8, 97u8, 175u8,
                102u8, 201u8, 84u8, 245u8, 241u8, 40u8, 98u8, 93u8, 117u8, 221u8,
            ],
            [
                180u8, 143u8, 123u8, 230u8, 91u8, 21u8, 164u8, 204u8, 243u8, 106u8, 49u8,
                85u8, 4u8, 52u8, 34u8, 140u8, 234u8, 224u8, 220u8, 23u8, 198u8, 46u8,
                21u8, 150u8, 128u8, 66u8, 69u8, 99u8, 103u8, 104u8, 199u8, 242u8,
            ],
            [
                182u8, 200u8, 27u8, 82u8, 110u8, 27u8, 213u8, 90u8, 56u8, 69u8, 216u8,
                202u8, 166u8, 254u8, 12u8, 28u8, 232u8, 123u8, 60u8, 158u8, 83u8, 78u8,
                236u8, 67u8, 244u8, 59u8, 60u8, 24u8, 73u8, 212u8, 226u8, 232u8,
            ],
            [
                183u8, 195u8, 83u8, 215u8, 118u8, 235u8, 37u8, 36u8, 30u8, 174u8, 21u8,
                18u8, 177u8, 201u8, 242u8, 53u8, 20u8, 26u8, 145u8, 167u8, 139u8, 20u8,
                199u8, 176u8, 181u8, 201u8, 2u8, 211u8, 239u8, 30u8, 189u8, 211u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                222u8, 166u8, 190u8, 216u8, 152u8, 182u8, 38u8, 162u8, 75u8, 223u8,
                141u8, 52u8, 43u8, 153u8, 139u8, 56u8, 251u8, 199u8, 161u8, 92u8, 41u8,
                13u8, 244u8, 82u8, 195u8, 89u8, 25u8, 162u8, 175u8, 247u8, 17u8, 253u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
            [
                246u8, 202u8, 38u8, 56u8, 118u8, 252u8, 175u8, 27u8, 157u8, 123u8, 0u8,
                126u8, 31u8, 254u8, 97u8, 39u8, 187u8, 57u8, 155u8, 8u8, 63u8, 208u8,
                184u8, 179u8, 160u8, 45u8, 24u8, 92u8, 118u8, 78u8, 168u8, 114u8,
            ],
            [
                248u8, 22u8, 55u8, 38u8, 7u8, 29u8, 227u8, 108u8, 108u8, 212u8, 2u8,
                150u8, 226u8, 53u8, 180u8, 114u8, 0u8, 200u8, 22u8, 90u8, 231u8, 7u8,
                68u8, 9u8, 181u8, 0u8, 186u8, 1u8, 20u8, 177u8, 178u8, 176u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ConfigApplied),
            ::core::stringify!(EarningsWithdrawn),
            ::core::stringify!(EscrowReleased),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(ProtocolFeeSet),
            ::core::stringify!(TreasurySet),
            ::core::stringify!(ConfigPublished),
            ::core::stringify!(Renewed),
            ::core::stringify!(SubscriptionCancelled),
            ::core::stringify!(FeesSwept),
            ::core::stringify!(ConfigRated),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(ConfigPriceSet),
            ::core::stringify!(RoleRevoked),
            ::core::stringify!(Subscribed),
            ::core::stringify!(ConfigVersionPublished),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ConfigApplied as alloy_sol_types::SolEvent>::SIGNATURE,
            <EarningsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <EscrowReleased as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProtocolFeeSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConfigPublished as alloy_sol_types::SolEvent>::SIGNATURE,
            <Renewed as alloy_sol_types::SolEvent>::SIGNATURE,
            <SubscriptionCancelled as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeesSwept as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConfigRated as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConfigPriceSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <Subscribed as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConfigVersionPublished as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for ConfigMarketEvents {
        const NAME: &'static str = "ConfigMarketEvents";
        const COUNT: usize = 16usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<ConfigApplied as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConfigApplied as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConfigApplied)
                }
                Some(<ConfigPriceSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConfigPriceSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConfigPriceSet)
                }
                Some(<ConfigPublished as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConfigPublished as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConfigPublished)
                }
                Some(<ConfigRated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConfigRated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConfigRated)
                }
                Some(
                    <ConfigVersionPublished as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <ConfigVersionPublished as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConfigVersionPublished)
                }
                Some(
                    <EarningsWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EarningsWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EarningsWithdrawn)
                }
                Some(<EscrowReleased as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EscrowReleased as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EscrowReleased)
                }
                Some(<FeesSwept as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeesSwept as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::FeesSwept)
                }
                Some(<ProtocolFeeSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProtocolFeeSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProtocolFeeSet)
                }
                Some(<Renewed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Renewed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Renewed)
                }
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleRevoked)
                }
                Some(<Subscribed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Subscribed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::Subscribed)
                }
                Some(
                    <SubscriptionCancelled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <SubscriptionCancelled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::SubscriptionCancelled)
                }
                Some(<TreasurySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <TreasurySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::TreasurySet)
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
    impl alloy_sol_types::private::IntoLogData for ConfigMarketEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::ConfigApplied(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConfigPriceSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConfigPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConfigRated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConfigVersionPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EarningsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EscrowReleased(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::FeesSwept(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProtocolFeeSet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Renewed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::Subscribed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::SubscriptionCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::ConfigApplied(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConfigPriceSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConfigPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConfigRated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConfigVersionPublished(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EarningsWithdrawn(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EscrowReleased(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FeesSwept(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProtocolFeeSet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Renewed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::Subscribed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::SubscriptionCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::TreasurySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`ConfigMarket`](self) contract instance.

See the [wrapper's documentation](`ConfigMarketInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ConfigMarketInstance<P, N> {
        ConfigMarketInstance::<P, N>::new(address, __provider)
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
        era_: alloy::sol_types::private::Address,
        profileRegistry_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
        admin: alloy::sol_types::private::Address,
        protocolFeeBps_: u16,
        periodLength_: alloy::sol_types::private::primitives::aliases::U256,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<ConfigMarketInstance<P, N>>,
    > {
        ConfigMarketInstance::<
            P,
            N,
        >::deploy(
            __provider,
            era_,
            profileRegistry_,
            treasury_,
            admin,
            protocolFeeBps_,
            periodLength_,
        )
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
        era_: alloy::sol_types::private::Address,
        profileRegistry_: alloy::sol_types::private::Address,
        treasury_: alloy::sol_types::private::Address,
        admin: alloy::sol_types::private::Address,
        protocolFeeBps_: u16,
        periodLength_: alloy::sol_types::private::primitives::aliases::U256,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        ConfigMarketInstance::<
            P,
            N,
        >::deploy_builder(
            __provider,
            era_,
            profileRegistry_,
            treasury_,
            admin,
            protocolFeeBps_,
            periodLength_,
        )
    }
    /**A [`ConfigMarket`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ConfigMarket`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ConfigMarketInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ConfigMarketInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ConfigMarketInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ConfigMarketInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ConfigMarket`](self) contract instance.

See the [wrapper's documentation](`ConfigMarketInstance`) for more details.*/
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
            era_: alloy::sol_types::private::Address,
            profileRegistry_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            admin: alloy::sol_types::private::Address,
            protocolFeeBps_: u16,
            periodLength_: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::Result<ConfigMarketInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                era_,
                profileRegistry_,
                treasury_,
                admin,
                protocolFeeBps_,
                periodLength_,
            );
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
            era_: alloy::sol_types::private::Address,
            profileRegistry_: alloy::sol_types::private::Address,
            treasury_: alloy::sol_types::private::Address,
            admin: alloy::sol_types::private::Address,
            protocolFeeBps_: u16,
            periodLength_: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            era_,
                            profileRegistry_,
                            treasury_,
                            admin,
                            protocolFeeBps_,
                            periodLength_,
                        },
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
    impl<P: ::core::clone::Clone, N> ConfigMarketInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ConfigMarketInstance<P, N> {
            ConfigMarketInstance {
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
    > ConfigMarketInstance<P, N> {
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
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`MAX_PERIODS`] function.
        pub fn MAX_PERIODS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_PERIODSCall, N> {
            self.call_builder(&MAX_PERIODSCall)
        }
        ///Creates a new call builder for the [`MAX_PERIOD_LENGTH`] function.
        pub fn MAX_PERIOD_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_PERIOD_LENGTHCall, N> {
            self.call_builder(&MAX_PERIOD_LENGTHCall)
        }
        ///Creates a new call builder for the [`MAX_RATING`] function.
        pub fn MAX_RATING(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_RATINGCall, N> {
            self.call_builder(&MAX_RATINGCall)
        }
        ///Creates a new call builder for the [`MIN_PERIOD_LENGTH`] function.
        pub fn MIN_PERIOD_LENGTH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_PERIOD_LENGTHCall, N> {
            self.call_builder(&MIN_PERIOD_LENGTHCall)
        }
        ///Creates a new call builder for the [`MIN_RATING_PAYMENT`] function.
        pub fn MIN_RATING_PAYMENT(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MIN_RATING_PAYMENTCall, N> {
            self.call_builder(&MIN_RATING_PAYMENTCall)
        }
        ///Creates a new call builder for the [`applyConfig`] function.
        pub fn applyConfig(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, applyConfigCall, N> {
            self.call_builder(&applyConfigCall { configId })
        }
        ///Creates a new call builder for the [`cancel`] function.
        pub fn cancel(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, cancelCall, N> {
            self.call_builder(&cancelCall { configId })
        }
        ///Creates a new call builder for the [`configCount`] function.
        pub fn configCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, configCountCall, N> {
            self.call_builder(&configCountCall)
        }
        ///Creates a new call builder for the [`earningsOf`] function.
        pub fn earningsOf(
            &self,
            creator: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, earningsOfCall, N> {
            self.call_builder(&earningsOfCall { creator })
        }
        ///Creates a new call builder for the [`era`] function.
        pub fn era(&self) -> alloy_contract::SolCallBuilder<&P, eraCall, N> {
            self.call_builder(&eraCall)
        }
        ///Creates a new call builder for the [`getConfig`] function.
        pub fn getConfig(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, getConfigCall, N> {
            self.call_builder(&getConfigCall { configId })
        }
        ///Creates a new call builder for the [`getConfigVersion`] function.
        pub fn getConfigVersion(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
        ) -> alloy_contract::SolCallBuilder<&P, getConfigVersionCall, N> {
            self.call_builder(
                &getConfigVersionCall {
                    configId,
                    version,
                },
            )
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`getSubscription`] function.
        pub fn getSubscription(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            subscriber: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, getSubscriptionCall, N> {
            self.call_builder(
                &getSubscriptionCall {
                    configId,
                    subscriber,
                },
            )
        }
        ///Creates a new call builder for the [`grantRole`] function.
        pub fn grantRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, grantRoleCall, N> {
            self.call_builder(&grantRoleCall { role, account })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`isSubscribed`] function.
        pub fn isSubscribed(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            subscriber: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isSubscribedCall, N> {
            self.call_builder(
                &isSubscribedCall {
                    configId,
                    subscriber,
                },
            )
        }
        ///Creates a new call builder for the [`periodLength`] function.
        pub fn periodLength(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, periodLengthCall, N> {
            self.call_builder(&periodLengthCall)
        }
        ///Creates a new call builder for the [`profileRegistry`] function.
        pub fn profileRegistry(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, profileRegistryCall, N> {
            self.call_builder(&profileRegistryCall)
        }
        ///Creates a new call builder for the [`protocolFeeBps`] function.
        pub fn protocolFeeBps(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, protocolFeeBpsCall, N> {
            self.call_builder(&protocolFeeBpsCall)
        }
        ///Creates a new call builder for the [`publishConfig`] function.
        pub fn publishConfig(
            &self,
            pricePerPeriod: alloy::sol_types::private::primitives::aliases::U96,
            contentHash: alloy::sol_types::private::FixedBytes<32>,
            uri: alloy::sol_types::private::String,
            profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, publishConfigCall, N> {
            self.call_builder(
                &publishConfigCall {
                    pricePerPeriod,
                    contentHash,
                    uri,
                    profile,
                },
            )
        }
        ///Creates a new call builder for the [`publishVersion`] function.
        pub fn publishVersion(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            contentHash: alloy::sol_types::private::FixedBytes<32>,
            uri: alloy::sol_types::private::String,
            profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, publishVersionCall, N> {
            self.call_builder(
                &publishVersionCall {
                    configId,
                    contentHash,
                    uri,
                    profile,
                },
            )
        }
        ///Creates a new call builder for the [`rate`] function.
        pub fn rate(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            rating: u8,
        ) -> alloy_contract::SolCallBuilder<&P, rateCall, N> {
            self.call_builder(&rateCall { configId, rating })
        }
        ///Creates a new call builder for the [`releasable`] function.
        pub fn releasable(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            subscriber: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, releasableCall, N> {
            self.call_builder(
                &releasableCall {
                    configId,
                    subscriber,
                },
            )
        }
        ///Creates a new call builder for the [`release`] function.
        pub fn release(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            subscribers: alloy::sol_types::private::Vec<
                alloy::sol_types::private::Address,
            >,
        ) -> alloy_contract::SolCallBuilder<&P, releaseCall, N> {
            self.call_builder(
                &releaseCall {
                    configId,
                    subscribers,
                },
            )
        }
        ///Creates a new call builder for the [`renew`] function.
        pub fn renew(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            periods: u32,
            maxPricePerPeriod: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, renewCall, N> {
            self.call_builder(
                &renewCall {
                    configId,
                    periods,
                    maxPricePerPeriod,
                },
            )
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(
                &renounceRoleCall {
                    role,
                    callerConfirmation,
                },
            )
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`setPrice`] function.
        pub fn setPrice(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            pricePerPeriod: alloy::sol_types::private::primitives::aliases::U96,
        ) -> alloy_contract::SolCallBuilder<&P, setPriceCall, N> {
            self.call_builder(
                &setPriceCall {
                    configId,
                    pricePerPeriod,
                },
            )
        }
        ///Creates a new call builder for the [`setProtocolFee`] function.
        pub fn setProtocolFee(
            &self,
            feeBps: u16,
        ) -> alloy_contract::SolCallBuilder<&P, setProtocolFeeCall, N> {
            self.call_builder(&setProtocolFeeCall { feeBps })
        }
        ///Creates a new call builder for the [`setTreasury`] function.
        pub fn setTreasury(
            &self,
            treasury_: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, setTreasuryCall, N> {
            self.call_builder(&setTreasuryCall { treasury_ })
        }
        ///Creates a new call builder for the [`subscribe`] function.
        pub fn subscribe(
            &self,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            periods: u32,
            maxPricePerPeriod: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, subscribeCall, N> {
            self.call_builder(
                &subscribeCall {
                    configId,
                    periods,
                    maxPricePerPeriod,
                },
            )
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`sweepFees`] function.
        pub fn sweepFees(&self) -> alloy_contract::SolCallBuilder<&P, sweepFeesCall, N> {
            self.call_builder(&sweepFeesCall)
        }
        ///Creates a new call builder for the [`treasury`] function.
        pub fn treasury(&self) -> alloy_contract::SolCallBuilder<&P, treasuryCall, N> {
            self.call_builder(&treasuryCall)
        }
        ///Creates a new call builder for the [`unsweptFees`] function.
        pub fn unsweptFees(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, unsweptFeesCall, N> {
            self.call_builder(&unsweptFeesCall)
        }
        ///Creates a new call builder for the [`withdrawEarnings`] function.
        pub fn withdrawEarnings(
            &self,
            to: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, withdrawEarningsCall, N> {
            self.call_builder(&withdrawEarningsCall { to })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ConfigMarketInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`ConfigApplied`] event.
        pub fn ConfigApplied_filter(
            &self,
        ) -> alloy_contract::Event<&P, ConfigApplied, N> {
            self.event_filter::<ConfigApplied>()
        }
        ///Creates a new event filter for the [`ConfigPriceSet`] event.
        pub fn ConfigPriceSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, ConfigPriceSet, N> {
            self.event_filter::<ConfigPriceSet>()
        }
        ///Creates a new event filter for the [`ConfigPublished`] event.
        pub fn ConfigPublished_filter(
            &self,
        ) -> alloy_contract::Event<&P, ConfigPublished, N> {
            self.event_filter::<ConfigPublished>()
        }
        ///Creates a new event filter for the [`ConfigRated`] event.
        pub fn ConfigRated_filter(&self) -> alloy_contract::Event<&P, ConfigRated, N> {
            self.event_filter::<ConfigRated>()
        }
        ///Creates a new event filter for the [`ConfigVersionPublished`] event.
        pub fn ConfigVersionPublished_filter(
            &self,
        ) -> alloy_contract::Event<&P, ConfigVersionPublished, N> {
            self.event_filter::<ConfigVersionPublished>()
        }
        ///Creates a new event filter for the [`EarningsWithdrawn`] event.
        pub fn EarningsWithdrawn_filter(
            &self,
        ) -> alloy_contract::Event<&P, EarningsWithdrawn, N> {
            self.event_filter::<EarningsWithdrawn>()
        }
        ///Creates a new event filter for the [`EscrowReleased`] event.
        pub fn EscrowReleased_filter(
            &self,
        ) -> alloy_contract::Event<&P, EscrowReleased, N> {
            self.event_filter::<EscrowReleased>()
        }
        ///Creates a new event filter for the [`FeesSwept`] event.
        pub fn FeesSwept_filter(&self) -> alloy_contract::Event<&P, FeesSwept, N> {
            self.event_filter::<FeesSwept>()
        }
        ///Creates a new event filter for the [`ProtocolFeeSet`] event.
        pub fn ProtocolFeeSet_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProtocolFeeSet, N> {
            self.event_filter::<ProtocolFeeSet>()
        }
        ///Creates a new event filter for the [`Renewed`] event.
        pub fn Renewed_filter(&self) -> alloy_contract::Event<&P, Renewed, N> {
            self.event_filter::<Renewed>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
            self.event_filter::<RoleAdminChanged>()
        }
        ///Creates a new event filter for the [`RoleGranted`] event.
        pub fn RoleGranted_filter(&self) -> alloy_contract::Event<&P, RoleGranted, N> {
            self.event_filter::<RoleGranted>()
        }
        ///Creates a new event filter for the [`RoleRevoked`] event.
        pub fn RoleRevoked_filter(&self) -> alloy_contract::Event<&P, RoleRevoked, N> {
            self.event_filter::<RoleRevoked>()
        }
        ///Creates a new event filter for the [`Subscribed`] event.
        pub fn Subscribed_filter(&self) -> alloy_contract::Event<&P, Subscribed, N> {
            self.event_filter::<Subscribed>()
        }
        ///Creates a new event filter for the [`SubscriptionCancelled`] event.
        pub fn SubscriptionCancelled_filter(
            &self,
        ) -> alloy_contract::Event<&P, SubscriptionCancelled, N> {
            self.event_filter::<SubscriptionCancelled>()
        }
        ///Creates a new event filter for the [`TreasurySet`] event.
        pub fn TreasurySet_filter(&self) -> alloy_contract::Event<&P, TreasurySet, N> {
            self.event_filter::<TreasurySet>()
        }
    }
}
