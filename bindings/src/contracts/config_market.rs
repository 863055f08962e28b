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
    ///0x60e060405234801561000f575f5ffd5b5060405161344938038061344983398101604081905261002e916102d3565b6001600160a01b038616158061004b57506001600160a01b038516155b8061005d57506001600160a01b038416155b8061006f57506001600160a01b038316155b1561008d57604051630d69476960e11b815260040160405180910390fd5b610e108110806100a057506301e1338081115b156100d857604051633f87e91b60e21b815260048101829052610e1060248201526301e1338060448201526064015b60405180910390fd5b6001600160a01b03808716608052851660a05260c08190526100fa5f84610118565b50610104846101c1565b61010d82610231565b505050505050610352565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101b8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101703390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101bb565b505f5b92915050565b6001600160a01b0381166101e857604051630d69476960e11b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b6107d061ffff821611156102665760405163d0499e9f60e01b815261ffff821660048201526107d060248201526044016100cf565b6001805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b03811681146102d0575f5ffd5b50565b5f5f5f5f5f5f60c087890312156102e8575f5ffd5b86516102f3816102bc565b6020880151909650610304816102bc565b6040880151909550610315816102bc565b6060880151909450610326816102bc565b608088015190935061ffff8116811461033d575f5ffd5b8092505060a087015190509295509295509295565b60805160a05160c0516130806103c95f395f818161076f01528181610adc01528181610efe01528181611c8a015281816122e6015261233a01525f8181610741015281816115e10152611fae01525f8181610275015281816108eb01528181610d98015281816116c80152611e8a01526130805ff3fe608060405234801561000f575f5ffd5b5060043610610229575f3560e01c8063693ae30a1161012a578063a81b2f8d116100b4578063d2ca211511610079578063d2ca21151461076d578063d547741f14610793578063e4467f35146107a6578063f0f44260146107b9578063ff48cbef146107cc575f5ffd5b8063a81b2f8d14610602578063a83a0d3014610721578063bbf6df391461072c578063c9bb1a481461073f578063d113b95c14610765575f5ffd5b80638df08bd4116100fa5780638df08bd41461059e57806391d14854146105c657806394e113ea146105d9578063a0620634146105f3578063a217fddf146105fb575f5ffd5b8063693ae30a1461054d5780636af2a6881461056f578063775952c6146105785780638037559e1461058b575f5ffd5b80633d4d8d4f116101b657806346bfe4821161017b57806346bfe482146103e85780635469f0f2146103fb57806354a4d0ee146105215780635d04d4c61461053457806361d027b31461053c575f5ffd5b80633d4d8d4f146103735780633d8886f1146103865780633e94a9551461039957806340e58ee5146103c2578063453e555d146103d5575f5ffd5b80632f2ff15d116101fc5780632f2ff15d146102dd578063314a051c146102f257806335659fb81461033057806336568abe146103515780633913feda14610364575f5ffd5b806301ffc9a71461022d5780630a25464014610255578063143e55e014610273578063248a9ca3146102ad575b5f5ffd5b61024061023b366004612436565b6107df565b60405190151581526020015b60405180910390f35b61025e61020881565b60405163ffffffff909116815260200161024c565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161024c565b6102cf6102bb36600461245d565b5f9081526020819052604090206001015490565b60405190815260200161024c565b6102f06102eb366004612488565b610815565b005b610240610300366004612488565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205464ffffffffff16421090565b600154600160a01b900461ffff1660405161ffff909116815260200161024c565b6102f061035f366004612488565b61083f565b6102cf670de0b6b3a764000081565b6102cf6103813660046124b6565b610877565b6102f06103943660046124ec565b61095f565b6103ac6103a7366004612527565b6109d3565b60405164ffffffffff909116815260200161024c565b6102cf6103d036600461245d565b610c8e565b6102cf6103e33660046125b6565b610e0c565b61025e6103f6366004612637565b610e95565b6104be610409366004612488565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f8281526006602090815260408083206001600160a01b0385168452825291829020825160a081018452905464ffffffffff8082168352600160281b820416928201929092526001600160601b03600160501b8304169281019290925260ff600160b01b820416151560608301526001600160481b03600160b81b90910416608082015292915050565b60405161024c91905f60a08201905064ffffffffff835116825264ffffffffff60208401511660208301526001600160601b0360408401511660408301526060830151151560608301526001600160481b03608084015116608083015292915050565b6103ac61052f366004612527565b610eb6565b6002546102cf565b6001546001600160a01b0316610295565b61056061055b36600461266e565b6110a2565b60405161024c939291906127b3565b6102cf610e1081565b6102cf610586366004612488565b611243565b6102f061059936600461280a565b6112d6565b6102cf6105ac3660046124b6565b6001600160a01b03165f9081526007602052604090205490565b6102406105d4366004612488565b6114ca565b6105e1600581565b60405160ff909116815260200161024c565b6003546102cf565b6102cf5f81565b6106ba61061036600461245d565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260046020908152604091829020825160a08101845281546001600160a01b0381168252600160a01b90046001600160601b0316928101929092526001015463ffffffff8082169383019390935264010000000081049092166060820152680100000000000000009091046001600160401b0316608082015290565b60405161024c91905f60a08201905060018060a01b0383511682526001600160601b03602084015116602083015263ffffffff604084015116604083015263ffffffff60608401511660608301526001600160401b03608084015116608083015292915050565b6102cf6301e1338081565b6102f061073a36600461245d565b6114f2565b7f0000000000000000000000000000000000000000000000000000000000000000610295565b6102cf61168b565b7f00000000000000000000000000000000000000000000000000000000000000006102cf565b6102f06107a1366004612488565b611736565b6102f06107b436600461283c565b61175a565b6102f06107c73660046124b6565b611771565b6102cf6107da366004612857565b611784565b5f6001600160e01b03198216637965db0b60e01b148061080f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461082f816119b8565b61083983836119c5565b50505050565b6001600160a01b03811633146108685760405163334bd91960e11b815260040160405180910390fd5b6108728282611a54565b505050565b5f6001600160a01b03821661089f57604051630d69476960e11b815260040160405180910390fd5b50335f90815260076020526040812054908190036108d757604051634baef5cd60e11b81523360048201526024015b60405180910390fd5b335f9081526007602052604081205561091a7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168383611abd565b6040518181526001600160a01b0383169033907f0c8584df0a37548f26644c41809e5f908b58e8888dd441691e8a2174ec89f3059060200160405180910390a3919050565b61096882611b1c565b5f8281526004602090815260409182902080546001600160a01b0316600160a01b6001600160601b03861690810291909117909155915191825283917fdea6bed898b626a24bdf8d342b998b38fbc7a15c290df452c35919a2aff711fd910160405180910390a25050565b5f5f5f6109e1868686611b94565b5f888152600660209081526040808320338452825291829020825160a081018452905464ffffffffff808216808452600160281b830490911693830193909352600160501b81046001600160601b031693820193909352600160b01b830460ff1615156060820152600160b81b9092046001600160481b0316608083015292945090925090421015610a9f578051604051633562dc8560e21b81526004810189905233602482015264ffffffffff90911660448201526064016108ce565b60408101516001600160601b031615610ac057610abe87338584611c64565b505b5f5f5f610acd858a611d7c565b91945092509050610b16610b077f000000000000000000000000000000000000000000000000000000000000000063ffffffff8c166128e3565b610b1190426128fa565b611dd4565b96506040518060a001604052808864ffffffffff1681526020014264ffffffffff168152602001610b4684611e09565b6001600160601b031681526020015f15158152602001610b665f86611e3c565b6001600160481b039081169091525f8c81526006602090815260408083203384528252918290208451815492860151938601516060870151608090970151909516600160b81b026001600160b81b03961515600160b01b0260ff60b01b196001600160601b03909716600160501b0296909616600160501b600160b81b031964ffffffffff968716600160281b0269ffffffffffffffffffff1990961696909316959095179390931716929092179290921792909216179055610c2883611e77565b6040805163ffffffff8b16815264ffffffffff891660208201529081018490526060810182905233908b907ff6ca263876fcaf1b9d7b007e1ffe6127bb399b083fd0b8b3a02d185c764ea872906080015b60405180910390a35050505050509392505050565b5f5f610c9a8333611eb2565b5f84815260046020526040902054909150610cc290849033906001600160a01b031684611c64565b50604080820180515f8083526020808601805164ffffffffff908116885289845260068352868420338552909252949091208551815495519451606088015160808901516001600160481b0316600160b81b026001600160b81b03911515600160b01b0260ff60b01b196001600160601b03948516600160501b0216600160501b600160b81b0319998816600160281b0269ffffffffffffffffffff19909b1695909716949094179890981796909616939093171793909316939093179091551691508115610dbf57610dbf6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384611abd565b80516040805164ffffffffff909216825260208201849052339185917fb48f7be65b15a4ccf36a31550434228ceae0dc17c62e1596804245636768c7f2910160405180910390a350919050565b5f60035f8154610e1b9061290d565b91829055505f818152600460209081526040918290206001600160601b038a16600160a01b810233908117909255925192835292935083917f4a6a36780022add9b5c8a65959c3404f3994dc00f9bcf708cb4bcd6e62257b8e910160405180910390a3610e8b8186868686611f95565b5095945050505050565b5f610e9f86611b1c565b610eac8686868686611f95565b9695505050505050565b5f5f5f610ec4868686611b94565b915091505f610ed38733611eb2565b9050610ee187338584611c64565b505f5f5f610eef858a611d7c565b91945092509050610f3c610f297f000000000000000000000000000000000000000000000000000000000000000063ffffffff8c166128e3565b8551610b11919064ffffffffff166128fa565b64ffffffffff811685526040850151909750610f6b90610f669084906001600160601b03166128fa565b611e09565b6001600160601b031660408501526080840151610f889084611e3c565b6001600160481b03908116608086019081525f8c815260066020908152604080832033845282529182902088518154928a0151938a015160608b01519551909616600160b81b026001600160b81b03951515600160b01b0260ff60b01b196001600160601b03909816600160501b0297909716600160501b600160b81b031964ffffffffff968716600160281b0269ffffffffffffffffffff199096169690931695909517939093171692909217939093179190911691909117905561104d83611e77565b6040805163ffffffff8b16815264ffffffffff891660208201529081018490526060810182905233908b907fa9c117ac540e907d3dfda909457dcef9c407567861af66c954f5f128625d75dd90608001610c79565b60408051606081810183525f808352835180830185528181526020808201839052818601839052840152928201819052905f85815260056020908152604080832063ffffffff88168452909152902080546001820180549195509061110690612925565b80601f016020809104026020016040519081016040528092919081815260200182805461113290612925565b801561117d5780601f106111545761010080835404028352916020019161117d565b820191905f5260205f20905b81548152906001019060200180831161116057829003601f168201915b5050505050925080600201805461119390612925565b15905061123b578060020180546111a990612925565b80601f01602080910402602001604051908101604052809291908181526020018280546111d590612925565b80156112205780601f106111f757610100808354040283529160200191611220565b820191905f5260205f20905b81548152906001019060200180831161120357829003601f168201915b50505050508060200190518101906112389190612b2c565b91505b509250925092565b5f8281526006602090815260408083206001600160a01b03851684528252808320815160a081018352905464ffffffffff8082168352600160281b82041693820193909352600160501b83046001600160601b031691810191909152600160b01b820460ff1615156060820152600160b81b9091046001600160481b031660808201526112cf906120fb565b9392505050565b60ff811615806112e95750600560ff8216115b156113135760405163e0074a8f60e01b815260ff82166004820152600560248201526044016108ce565b5f61131e8333611eb2565b905080606001511561134f576040516001620a4d6f60e41b03198152600481018490523360248201526044016108ce565b670de0b6b3a764000081608001516001600160481b031610156113b1576080810151604051632bf5733f60e21b8152600481018590523360248201526001600160481b039091166044820152670de0b6b3a764000060648201526084016108ce565b5f8381526006602090815260408083203384528252808320805460ff60b01b1916600160b01b179055858352600491829052909120600181810180549293919290919061140e90849063ffffffff64010000000090910416612c04565b92506101000a81548163ffffffff021916908363ffffffff1602179055508260ff168160010160088282829054906101000a90046001600160401b03166114559190612c20565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550336001600160a01b0316847fb7c353d776eb25241eae1512b1c9f235141a91a78b14c7b0b5c902d3ef1ebdd3856040516114bc919060ff91909116815260200190565b60405180910390a350505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6114fc8133611eb2565b505f818152600460209081526040808320600101546005835281842063ffffffff90911680855292528220600201805491929161153890612925565b80601f016020809104026020016040519081016040528092919081815260200182805461156490612925565b80156115af5780601f10611586576101008083540402835291602001916115af565b820191905f5260205f20905b81548152906001019060200180831161159257829003601f168201915b50505050508060200190518101906115c79190612b2c565b6040516335c2752f60e11b81529091506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636b84ea5e9061161c903390859088908890600401612c3f565b5f604051808303815f87803b158015611633575f5ffd5b505af1158015611645573d5f5f3e3d5ffd5b505060405163ffffffff851681523392508591507f0a35650fa8e2e1b30f626b1c157a755834f9234e2bb657a34ad2e209d25c85c39060200160405180910390a3505050565b6002545f8190036116af5760405163ccc5b1bf60e01b815260040160405180910390fd5b5f6002556001546001600160a01b03908116906116ef907f0000000000000000000000000000000000000000000000000000000000000000168284611abd565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e88360405161172a91815260200190565b60405180910390a25090565b5f82815260208190526040902060010154611750816119b8565b6108398383611a54565b5f611764816119b8565b61176d8261210c565b5050565b5f61177b816119b8565b61176d82612197565b5f838152600460205260408120546001600160a01b0316806117bc5760405163163a6b0f60e11b8152600481018690526024016108ce565b5f5b838110156119af575f868152600660205260408120818787858181106117e6576117e6612c7f565b90506020020160208101906117fb91906124b6565b6001600160a01b0316815260208082019290925260409081015f20815160a081018352905464ffffffffff8082168352600160281b82041693820193909352600160501b83046001600160601b031691810191909152600160b01b820460ff1615156060820152600160b81b9091046001600160481b0316608082015290506118ac8787878581811061189057611890612c7f565b90506020020160208101906118a591906124b6565b8584611c64565b6118b690856128fa565b5f8881526006602052604081209195508291908888868181106118db576118db612c7f565b90506020020160208101906118f091906124b6565b6001600160a01b0316815260208082019290925260409081015f2083518154938501519285015160608601516080909601516001600160481b0316600160b81b026001600160b81b03961515600160b01b0260ff60b01b196001600160601b03909316600160501b0292909216600160501b600160b81b031964ffffffffff968716600160281b0269ffffffffffffffffffff1990981696909416959095179590951791909116929092179190911792909216179055506001016117be565b50509392505050565b6119c28133612207565b50565b5f6119d083836114ca565b611a4d575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611a053390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161080f565b505f61080f565b5f611a5f83836114ca565b15611a4d575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161080f565b6040516001600160a01b0383811660248301526044820183905261087291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612240565b5f818152600460205260409020546001600160a01b031680611b545760405163163a6b0f60e11b8152600481018390526024016108ce565b6001600160a01b038116331461176d5760405162579e3d60e61b8152600481018390523360248201526001600160a01b03821660448201526064016108ce565b5f83815260046020526040902080546001600160a01b03811691600160a01b9091046001600160601b03169082611be15760405163163a6b0f60e11b8152600481018790526024016108ce565b63ffffffff85161580611bfb575061020863ffffffff8616115b15611c29576040516384bcf4d560e01b815263ffffffff8616600482015261020860248201526044016108ce565b83821115611c5b576040516373da22e960e01b81526004810187905260248101839052604481018590526064016108ce565b50935093915050565b5f5f611c6f836122ac565b90925090505f819003611c85575f915050611d74565b611caf7f0000000000000000000000000000000000000000000000000000000000000000826128e3565b836020015164ffffffffff16611cc591906128fa565b64ffffffffff1660208401525f829003611ce2575f915050611d74565b604083810180518490036001600160601b031690526001600160a01b0385165f90815260076020529081208054849290611d1d9084906128fa565b92505081905550836001600160a01b0316856001600160a01b0316877f23d38aeadadb5b25e6436c7b0d6fcdc7d408b609d4f1ce095cff6bbbf9acc41e85604051611d6a91815260200190565b60405180910390a4505b949350505050565b5f8080611d8f63ffffffff8516866128e3565b600154909350611dab908490600160a01b900461ffff166123cf565b90925090508015611dcd578060025f828254611dc791906128fa565b90915550505b9250925092565b5f64ffffffffff821115611e05576040516306dfcc6560e41b815260286004820152602481018390526044016108ce565b5090565b5f6001600160601b03821115611e05576040516306dfcc6560e41b815260606004820152602481018390526044016108ce565b5f80611e51836001600160481b0386166128fa565b90506001600160481b038111611e675780611d74565b6001600160481b03949350505050565b80156119c2576119c26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846123fd565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f8281526006602090815260408083206001600160a01b0385168452825291829020825160a081018452905464ffffffffff808216808452600160281b830490911693830193909352600160501b81046001600160601b031693820193909352600160b01b830460ff1615156060820152600160b81b9092046001600160481b03166080830152421061080f57604051637c41ec9160e11b8152600481018490526001600160a01b03831660248201526044016108ce565b604051631ef01e1160e11b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633de03c2290611fe3908590600401612cd7565b5f6040518083038186803b158015611ff9575f5ffd5b505afa15801561200b573d5f5f3e3d5ffd5b5050505f87815260046020526040812060010180549092506120329063ffffffff16612e37565b825463ffffffff8083166101009490940a848102910219909116179092555f888152600560209081526040808320938352929052208681559091506001810161207c858783612ea6565b508260405160200161208e9190612cd7565b6040516020818303038152906040528160020190816120ad9190612f5f565b508163ffffffff16877ff8163726071de36c6cd40296e235b47200c8165ae7074409b500ba0114b1b2b08888886040516120e993929190613019565b60405180910390a35095945050505050565b5f612105826122ac565b5092915050565b6107d061ffff821611156121415760405163d0499e9f60e01b815261ffff821660048201526107d060248201526044016108ce565b6001805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b0381166121be57604051630d69476960e11b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b61221182826114ca565b61176d5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108ce565b5f5f60205f8451602086015f885af18061225f576040513d5f823e3d81fd5b50505f513d91508115612276578060011415612283565b6001600160a01b0384163b155b1561083957604051635274afe760e01b81526001600160a01b03851660048201526024016108ce565b5f5f5f836020015164ffffffffff169050804210806122d35750835164ffffffffff168110155b156122e357505f93849350915050565b5f7f000000000000000000000000000000000000000000000000000000000000000082865f015164ffffffffff1661231b919061304e565b6123259190613061565b855190915064ffffffffff1642101561237d577f0000000000000000000000000000000000000000000000000000000000000000612363834261304e565b61236d9190613061565b6123789060016128fa565b61237f565b805b92508061238c848261304e565b86604001516001600160601b03166123a491906128e3565b6123ae9190613061565b85604001516001600160601b03166123c6919061304e565b93505050915091565b5f806127106123de84866128e3565b6123e89190613061565b90506123f4818561304e565b91509250929050565b6040516001600160a01b0384811660248301528381166044830152606482018390526108399186918216906323b872dd90608401611aea565b5f60208284031215612446575f5ffd5b81356001600160e01b0319811681146112cf575f5ffd5b5f6020828403121561246d575f5ffd5b5035919050565b6001600160a01b03811681146119c2575f5ffd5b5f5f60408385031215612499575f5ffd5b8235915060208301356124ab81612474565b809150509250929050565b5f602082840312156124c6575f5ffd5b81356112cf81612474565b80356001600160601b03811681146124e7575f5ffd5b919050565b5f5f604083850312156124fd575f5ffd5b8235915061250d602084016124d1565b90509250929050565b63ffffffff811681146119c2575f5ffd5b5f5f5f60608486031215612539575f5ffd5b83359250602084013561254b81612516565b929592945050506040919091013590565b5f5f83601f84011261256c575f5ffd5b5081356001600160401b03811115612582575f5ffd5b602083019150836020828501011115612599575f5ffd5b9250929050565b5f60a082840312156125b0575f5ffd5b50919050565b5f5f5f5f5f608086880312156125ca575f5ffd5b6125d3866124d1565b94506020860135935060408601356001600160401b038111156125f4575f5ffd5b6126008882890161255c565b90945092505060608601356001600160401b0381111561261e575f5ffd5b61262a888289016125a0565b9150509295509295909350565b5f5f5f5f5f6080868803121561264b575f5ffd5b853594506020860135935060408601356001600160401b038111156125f4575f5ffd5b5f5f6040838503121561267f575f5ffd5b8235915060208301356124ab81612516565b600381106126ad57634e487b7160e01b5f52602160045260245ffd5b9052565b5f60a0830160ff835116845260208301516126d0602086018251612691565b60018060a01b03602082015116604086015261ffff604082015116606086015250604083015160a0608086015281815180845260c08701915060c08160051b88010193506020830192505f5b818110156127a75787850360bf19018352835180516001600160a01b03168652602080820151818801526040918201516060928801839052805192880183905201905f9060808801905b8083101561278f5763ffffffff8451168252602082019150602084019350600183019250612766565b5096505050602093840193929092019160010161271c565b50929695505050505050565b838152606060208201525f83518060608401528060208601608085015e5f60808285010152601f19601f820116830190506080838203016040840152610eac60808201856126b1565b60ff811681146119c2575f5ffd5b5f5f6040838503121561281b575f5ffd5b8235915060208301356124ab816127fc565b61ffff811681146119c2575f5ffd5b5f6020828403121561284c575f5ffd5b81356112cf8161282d565b5f5f5f60408486031215612869575f5ffd5b8335925060208401356001600160401b03811115612885575f5ffd5b8401601f81018613612895575f5ffd5b80356001600160401b038111156128aa575f5ffd5b8660208260051b84010111156128be575f5ffd5b939660209190910195509293505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761080f5761080f6128cf565b8082018082111561080f5761080f6128cf565b5f6001820161291e5761291e6128cf565b5060010190565b600181811c9082168061293957607f821691505b6020821081036125b057634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b038111828210171561298d5761298d612957565b60405290565b604051601f8201601f191681016001600160401b03811182821017156129bb576129bb612957565b604052919050565b600381106119c2575f5ffd5b5f6001600160401b038211156129e7576129e7612957565b5060051b60200190565b5f82601f830112612a00575f5ffd5b8151612a13612a0e826129cf565b612993565b8082825260208201915060208360051b860101925085831115612a34575f5ffd5b602085015b83811015610e8b5780516001600160401b03811115612a56575f5ffd5b86016060818903601f19011215612a6b575f5ffd5b612a7361296b565b6020820151612a8181612474565b81526040820151602082015260608201516001600160401b03811115612aa5575f5ffd5b60208184010192505088601f830112612abc575f5ffd5b8151612aca612a0e826129cf565b8082825260208201915060208360051b86010192508b831115612aeb575f5ffd5b6020850194505b82851015612b16578451612b0581612516565b825260209485019490910190612af2565b6040840152505084525060209283019201612a39565b5f60208284031215612b3c575f5ffd5b81516001600160401b03811115612b51575f5ffd5b820180840360a0811215612b63575f5ffd5b612b6b61296b565b8251612b76816127fc565b81526060601f1983011215612b89575f5ffd5b612b9161296b565b91506020830151612ba1816129c3565b82526040830151612bb181612474565b60208301526060830151612bc48161282d565b604083015260208101919091526080820151906001600160401b03821115612bea575f5ffd5b612bf6868385016129f1565b604082015295945050505050565b63ffffffff818116838216019081111561080f5761080f6128cf565b6001600160401b03818116838216019081111561080f5761080f6128cf565b6001600160a01b03851681526080602082018190525f90612c62908301866126b1565b905083604083015263ffffffff8316606083015295945050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112612ca8575f5ffd5b83016020810192503590506001600160401b03811115612cc6575f5ffd5b8060051b3603821315612599575f5ffd5b602081525f60c082018335612ceb816127fc565b60ff81166020850152506020840135612d03816129c3565b612d106040850182612691565b506040840135612d1f81612474565b6001600160a01b0316606084810191909152840135612d3d8161282d565b61ffff8116608085015250612d556080850185612c93565b60a0808601528281845260e08601905060e08260051b8701019350825f605e19853603015b84821015612e295788870360df190184528235818112612d98575f5ffd5b8601606088018135612da981612474565b6001600160a01b03168952602082810135908a0152612dcb6040830183612c93565b606060408c0152918290529091505f60808a015b83821015612e0d578235612df281612516565b63ffffffff1681526020928301926001929092019101612ddf565b9950505060209485019493909301925060019190910190612d7a565b509498975050505050505050565b5f63ffffffff821663ffffffff8103612e5257612e526128cf565b60010192915050565b601f82111561087257805f5260205f20601f840160051c81016020851015612e805750805b601f840160051c820191505b81811015612e9f575f8155600101612e8c565b5050505050565b6001600160401b03831115612ebd57612ebd612957565b612ed183612ecb8354612925565b83612e5b565b5f601f841160018114612f02575f8515612eeb5750838201355b5f19600387901b1c1916600186901b178355612e9f565b5f83815260208120601f198716915b82811015612f315786850135825560209485019460019092019101612f11565b5086821015612f4d575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81516001600160401b03811115612f7857612f78612957565b612f8c81612f868454612925565b84612e5b565b6020601f821160018114612fbe575f8315612fa75750848201515b5f19600385901b1c1916600184901b178455612e9f565b5f84815260208120601f198516915b82811015612fed5787850151825560209485019460019092019101612fcd565b508482101561300a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b8181038181111561080f5761080f6128cf565b5f8261307b57634e487b7160e01b5f52601260045260245ffd5b50049056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xE0`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa4I8\x03\x80a4I\x839\x81\x01`@\x81\x90Ra\0.\x91a\x02\xD3V[`\x01`\x01`\xA0\x1B\x03\x86\x16\x15\x80a\0KWP`\x01`\x01`\xA0\x1B\x03\x85\x16\x15[\x80a\0]WP`\x01`\x01`\xA0\x1B\x03\x84\x16\x15[\x80a\0oWP`\x01`\x01`\xA0\x1B\x03\x83\x16\x15[\x15a\0\x8DW`@Qc\riGi`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x0E\x10\x81\x10\x80a\0\xA0WPc\x01\xE13\x80\x81\x11[\x15a\0\xD8W`@Qc?\x87\xE9\x1B`\xE2\x1B\x81R`\x04\x81\x01\x82\x90Ra\x0E\x10`$\x82\x01Rc\x01\xE13\x80`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x80\x87\x16`\x80R\x85\x16`\xA0R`\xC0\x81\x90Ra\0\xFA_\x84a\x01\x18V[Pa\x01\x04\x84a\x01\xC1V[a\x01\r\x82a\x021V[PPPPPPa\x03RV[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x01\xB8W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x01p3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x01\xBBV[P_[\x92\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01\xE8W`@Qc\riGi`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a\x02fW`@Qc\xD0I\x9E\x9F`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01a\0\xCFV[`\x01\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x02\xD0W__\xFD[PV[______`\xC0\x87\x89\x03\x12\x15a\x02\xE8W__\xFD[\x86Qa\x02\xF3\x81a\x02\xBCV[` \x88\x01Q\x90\x96Pa\x03\x04\x81a\x02\xBCV[`@\x88\x01Q\x90\x95Pa\x03\x15\x81a\x02\xBCV[``\x88\x01Q\x90\x94Pa\x03&\x81a\x02\xBCV[`\x80\x88\x01Q\x90\x93Pa\xFF\xFF\x81\x16\x81\x14a\x03=W__\xFD[\x80\x92PP`\xA0\x87\x01Q\x90P\x92\x95P\x92\x95P\x92\x95V[`\x80Q`\xA0Q`\xC0Qa0\x80a\x03\xC9_9_\x81\x81a\x07o\x01R\x81\x81a\n\xDC\x01R\x81\x81a\x0E\xFE\x01R\x81\x81a\x1C\x8A\x01R\x81\x81a\"\xE6\x01Ra#:\x01R_\x81\x81a\x07A\x01R\x81\x81a\x15\xE1\x01Ra\x1F\xAE\x01R_\x81\x81a\x02u\x01R\x81\x81a\x08\xEB\x01R\x81\x81a\r\x98\x01R\x81\x81a\x16\xC8\x01Ra\x1E\x8A\x01Ra0\x80_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02)W_5`\xE0\x1C\x80ci:\xE3\n\x11a\x01*W\x80c\xA8\x1B/\x8D\x11a\0\xB4W\x80c\xD2\xCA!\x15\x11a\0yW\x80c\xD2\xCA!\x15\x14a\x07mW\x80c\xD5Gt\x1F\x14a\x07\x93W\x80c\xE4F\x7F5\x14a\x07\xA6W\x80c\xF0\xF4B`\x14a\x07\xB9W\x80c\xFFH\xCB\xEF\x14a\x07\xCCW__\xFD[\x80c\xA8\x1B/\x8D\x14a\x06\x02W\x80c\xA8:\r0\x14a\x07!W\x80c\xBB\xF6\xDF9\x14a\x07,W\x80c\xC9\xBB\x1AH\x14a\x07?W\x80c\xD1\x13\xB9\\\x14a\x07eW__\xFD[\x80c\x8D\xF0\x8B\xD4\x11a\0\xFAW\x80c\x8D\xF0\x8B\xD4\x14a\x05\x9EW\x80c\x91\xD1HT\x14a\x05\xC6W\x80c\x94\xE1\x13\xEA\x14a\x05\xD9W\x80c\xA0b\x064\x14a\x05\xF3W\x80c\xA2\x17\xFD\xDF\x14a\x05\xFBW__\xFD[\x80ci:\xE3\n\x14a\x05MW\x80cj\xF2\xA6\x88\x14a\x05oW\x80cwYR\xC6\x14a\x05xW\x80c\x807U\x9E\x14a\x05\x8BW__\xFD[\x80c=M\x8DO\x11a\x01\xB6W\x80cF\xBF\xE4\x82\x11a\x01{W\x80cF\xBF\xE4\x82\x14a\x03\xE8W\x80cTi\xF0\xF2\x14a\x03\xFBW\x80cT\xA4\xD0\xEE\x14a\x05!W\x80c]\x04\xD4\xC6\x14a\x054W\x80ca\xD0'\xB3\x14a\x05<W__\xFD[\x80c=M\x8DO\x14a\x03sW\x80c=\x88\x86\xF1\x14a\x03\x86W\x80c>\x94\xA9U\x14a\x03\x99W\x80c@\xE5\x8E\xE5\x14a\x03\xC2W\x80cE>U]\x14a\x03\xD5W__\xFD[\x80c//\xF1]\x11a\x01\xFCW\x80c//\xF1]\x14a\x02\xDDW\x80c1J\x05\x1C\x14a\x02\xF2W\x80c5e\x9F\xB8\x14a\x030W\x80c6V\x8A\xBE\x14a\x03QW\x80c9\x13\xFE\xDA\x14a\x03dW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02-W\x80c\n%F@\x14a\x02UW\x80c\x14>U\xE0\x14a\x02sW\x80c$\x8A\x9C\xA3\x14a\x02\xADW[__\xFD[a\x02@a\x02;6`\x04a$6V[a\x07\xDFV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02^a\x02\x08\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02LV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02LV[a\x02\xCFa\x02\xBB6`\x04a$]V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x02LV[a\x02\xF0a\x02\xEB6`\x04a$\x88V[a\x08\x15V[\0[a\x02@a\x03\x006`\x04a$\x88V[_\x91\x82R`\x06` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Td\xFF\xFF\xFF\xFF\xFF\x16B\x10\x90V[`\x01T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02LV[a\x02\xF0a\x03_6`\x04a$\x88V[a\x08?V[a\x02\xCFg\r\xE0\xB6\xB3\xA7d\0\0\x81V[a\x02\xCFa\x03\x816`\x04a$\xB6V[a\x08wV[a\x02\xF0a\x03\x946`\x04a$\xECV[a\t_V[a\x03\xACa\x03\xA76`\x04a%'V[a\t\xD3V[`@Qd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02LV[a\x02\xCFa\x03\xD06`\x04a$]V[a\x0C\x8EV[a\x02\xCFa\x03\xE36`\x04a%\xB6V[a\x0E\x0CV[a\x02^a\x03\xF66`\x04a&7V[a\x0E\x95V[a\x04\xBEa\x04\t6`\x04a$\x88V[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83R`\x01`(\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\x01`\x01``\x1B\x03`\x01`P\x1B\x83\x04\x16\x92\x81\x01\x92\x90\x92R`\xFF`\x01`\xB0\x1B\x82\x04\x16\x15\x15``\x83\x01R`\x01`\x01`H\x1B\x03`\x01`\xB8\x1B\x90\x91\x04\x16`\x80\x82\x01R\x92\x91PPV[`@Qa\x02L\x91\x90_`\xA0\x82\x01\x90Pd\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rd\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`\x01`\x01``\x1B\x03`@\x84\x01Q\x16`@\x83\x01R``\x83\x01Q\x15\x15``\x83\x01R`\x01`\x01`H\x1B\x03`\x80\x84\x01Q\x16`\x80\x83\x01R\x92\x91PPV[a\x03\xACa\x05/6`\x04a%'V[a\x0E\xB6V[`\x02Ta\x02\xCFV[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x02\x95V[a\x05`a\x05[6`\x04a&nV[a\x10\xA2V[`@Qa\x02L\x93\x92\x91\x90a'\xB3V[a\x02\xCFa\x0E\x10\x81V[a\x02\xCFa\x05\x866`\x04a$\x88V[a\x12CV[a\x02\xF0a\x05\x996`\x04a(\nV[a\x12\xD6V[a\x02\xCFa\x05\xAC6`\x04a$\xB6V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x07` R`@\x90 T\x90V[a\x02@a\x05\xD46`\x04a$\x88V[a\x14\xCAV[a\x05\xE1`\x05\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02LV[`\x03Ta\x02\xCFV[a\x02\xCF_\x81V[a\x06\xBAa\x06\x106`\x04a$]V[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x92\x81\x01\x92\x90\x92R`\x01\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rd\x01\0\0\0\0\x81\x04\x90\x92\x16``\x82\x01Rh\x01\0\0\0\0\0\0\0\0\x90\x91\x04`\x01`\x01`@\x1B\x03\x16`\x80\x82\x01R\x90V[`@Qa\x02L\x91\x90_`\xA0\x82\x01\x90P`\x01\x80`\xA0\x1B\x03\x83Q\x16\x82R`\x01`\x01``\x1B\x03` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R`\x01`\x01`@\x1B\x03`\x80\x84\x01Q\x16`\x80\x83\x01R\x92\x91PPV[a\x02\xCFc\x01\xE13\x80\x81V[a\x02\xF0a\x07:6`\x04a$]V[a\x14\xF2V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x02\x95V[a\x02\xCFa\x16\x8BV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x02\xCFV[a\x02\xF0a\x07\xA16`\x04a$\x88V[a\x176V[a\x02\xF0a\x07\xB46`\x04a(<V[a\x17ZV[a\x02\xF0a\x07\xC76`\x04a$\xB6V[a\x17qV[a\x02\xCFa\x07\xDA6`\x04a(WV[a\x17\x84V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x08\x0FWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x08/\x81a\x19\xB8V[a\x089\x83\x83a\x19\xC5V[PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x08hW`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x08r\x82\x82a\x1ATV[PPPV[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\x08\x9FW`@Qc\riGi`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P3_\x90\x81R`\x07` R`@\x81 T\x90\x81\x90\x03a\x08\xD7W`@QcK\xAE\xF5\xCD`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x07` R`@\x81 Ua\t\x1A\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x83\x83a\x1A\xBDV[`@Q\x81\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x903\x90\x7F\x0C\x85\x84\xDF\n7T\x8F&dLA\x80\x9E_\x90\x8BX\xE8\x88\x8D\xD4Ai\x1E\x8A!t\xEC\x89\xF3\x05\x90` \x01`@Q\x80\x91\x03\x90\xA3\x91\x90PV[a\th\x82a\x1B\x1CV[_\x82\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1B`\x01`\x01``\x1B\x03\x86\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U\x91Q\x91\x82R\x83\x91\x7F\xDE\xA6\xBE\xD8\x98\xB6&\xA2K\xDF\x8D4+\x99\x8B8\xFB\xC7\xA1\\)\r\xF4R\xC3Y\x19\xA2\xAF\xF7\x11\xFD\x91\x01`@Q\x80\x91\x03\x90\xA2PPV[___a\t\xE1\x86\x86\x86a\x1B\x94V[_\x88\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84R`\x01`(\x1B\x83\x04\x90\x91\x16\x93\x83\x01\x93\x90\x93R`\x01`P\x1B\x81\x04`\x01`\x01``\x1B\x03\x16\x93\x82\x01\x93\x90\x93R`\x01`\xB0\x1B\x83\x04`\xFF\x16\x15\x15``\x82\x01R`\x01`\xB8\x1B\x90\x92\x04`\x01`\x01`H\x1B\x03\x16`\x80\x83\x01R\x92\x94P\x90\x92P\x90B\x10\x15a\n\x9FW\x80Q`@Qc5b\xDC\x85`\xE2\x1B\x81R`\x04\x81\x01\x89\x90R3`$\x82\x01Rd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x08\xCEV[`@\x81\x01Q`\x01`\x01``\x1B\x03\x16\x15a\n\xC0Wa\n\xBE\x873\x85\x84a\x1CdV[P[___a\n\xCD\x85\x8Aa\x1D|V[\x91\x94P\x92P\x90Pa\x0B\x16a\x0B\x07\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x8C\x16a(\xE3V[a\x0B\x11\x90Ba(\xFAV[a\x1D\xD4V[\x96P`@Q\x80`\xA0\x01`@R\x80\x88d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01Bd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x0BF\x84a\x1E\tV[`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x15\x15\x81R` \x01a\x0Bf_\x86a\x1E<V[`\x01`\x01`H\x1B\x03\x90\x81\x16\x90\x91R_\x8C\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x84Q\x81T\x92\x86\x01Q\x93\x86\x01Q``\x87\x01Q`\x80\x90\x97\x01Q\x90\x95\x16`\x01`\xB8\x1B\x02`\x01`\x01`\xB8\x1B\x03\x96\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19`\x01`\x01``\x1B\x03\x90\x97\x16`\x01`P\x1B\x02\x96\x90\x96\x16`\x01`P\x1B`\x01`\xB8\x1B\x03\x19d\xFF\xFF\xFF\xFF\xFF\x96\x87\x16`\x01`(\x1B\x02i\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x96\x16\x96\x90\x93\x16\x95\x90\x95\x17\x93\x90\x93\x17\x16\x92\x90\x92\x17\x92\x90\x92\x17\x92\x90\x92\x16\x17\x90Ua\x0C(\x83a\x1EwV[`@\x80Qc\xFF\xFF\xFF\xFF\x8B\x16\x81Rd\xFF\xFF\xFF\xFF\xFF\x89\x16` \x82\x01R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R3\x90\x8B\x90\x7F\xF6\xCA&8v\xFC\xAF\x1B\x9D{\0~\x1F\xFEa'\xBB9\x9B\x08?\xD0\xB8\xB3\xA0-\x18\\vN\xA8r\x90`\x80\x01[`@Q\x80\x91\x03\x90\xA3PPPPPP\x93\x92PPPV[__a\x0C\x9A\x833a\x1E\xB2V[_\x84\x81R`\x04` R`@\x90 T\x90\x91Pa\x0C\xC2\x90\x84\x903\x90`\x01`\x01`\xA0\x1B\x03\x16\x84a\x1CdV[P`@\x80\x82\x01\x80Q_\x80\x83R` \x80\x86\x01\x80Qd\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x88R\x89\x84R`\x06\x83R\x86\x84 3\x85R\x90\x92R\x94\x90\x91 \x85Q\x81T\x95Q\x94Q``\x88\x01Q`\x80\x89\x01Q`\x01`\x01`H\x1B\x03\x16`\x01`\xB8\x1B\x02`\x01`\x01`\xB8\x1B\x03\x91\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19`\x01`\x01``\x1B\x03\x94\x85\x16`\x01`P\x1B\x02\x16`\x01`P\x1B`\x01`\xB8\x1B\x03\x19\x99\x88\x16`\x01`(\x1B\x02i\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x9B\x16\x95\x90\x97\x16\x94\x90\x94\x17\x98\x90\x98\x17\x96\x90\x96\x16\x93\x90\x93\x17\x17\x93\x90\x93\x16\x93\x90\x93\x17\x90\x91U\x16\x91P\x81\x15a\r\xBFWa\r\xBF`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x84a\x1A\xBDV[\x80Q`@\x80Qd\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x82R` \x82\x01\x84\x90R3\x91\x85\x91\x7F\xB4\x8F{\xE6[\x15\xA4\xCC\xF3j1U\x044\"\x8C\xEA\xE0\xDC\x17\xC6.\x15\x96\x80BEcgh\xC7\xF2\x91\x01`@Q\x80\x91\x03\x90\xA3P\x91\x90PV[_`\x03_\x81Ta\x0E\x1B\x90a)\rV[\x91\x82\x90UP_\x81\x81R`\x04` \x90\x81R`@\x91\x82\x90 `\x01`\x01``\x1B\x03\x8A\x16`\x01`\xA0\x1B\x81\x023\x90\x81\x17\x90\x92U\x92Q\x92\x83R\x92\x93P\x83\x91\x7FJj6x\0\"\xAD\xD9\xB5\xC8\xA6YY\xC3@O9\x94\xDC\0\xF9\xBC\xF7\x08\xCBK\xCDnb%{\x8E\x91\x01`@Q\x80\x91\x03\x90\xA3a\x0E\x8B\x81\x86\x86\x86\x86a\x1F\x95V[P\x95\x94PPPPPV[_a\x0E\x9F\x86a\x1B\x1CV[a\x0E\xAC\x86\x86\x86\x86\x86a\x1F\x95V[\x96\x95PPPPPPV[___a\x0E\xC4\x86\x86\x86a\x1B\x94V[\x91P\x91P_a\x0E\xD3\x873a\x1E\xB2V[\x90Pa\x0E\xE1\x873\x85\x84a\x1CdV[P___a\x0E\xEF\x85\x8Aa\x1D|V[\x91\x94P\x92P\x90Pa\x0F<a\x0F)\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x8C\x16a(\xE3V[\x85Qa\x0B\x11\x91\x90d\xFF\xFF\xFF\xFF\xFF\x16a(\xFAV[d\xFF\xFF\xFF\xFF\xFF\x81\x16\x85R`@\x85\x01Q\x90\x97Pa\x0Fk\x90a\x0Ff\x90\x84\x90`\x01`\x01``\x1B\x03\x16a(\xFAV[a\x1E\tV[`\x01`\x01``\x1B\x03\x16`@\x85\x01R`\x80\x84\x01Qa\x0F\x88\x90\x84a\x1E<V[`\x01`\x01`H\x1B\x03\x90\x81\x16`\x80\x86\x01\x90\x81R_\x8C\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x88Q\x81T\x92\x8A\x01Q\x93\x8A\x01Q``\x8B\x01Q\x95Q\x90\x96\x16`\x01`\xB8\x1B\x02`\x01`\x01`\xB8\x1B\x03\x95\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19`\x01`\x01``\x1B\x03\x90\x98\x16`\x01`P\x1B\x02\x97\x90\x97\x16`\x01`P\x1B`\x01`\xB8\x1B\x03\x19d\xFF\xFF\xFF\xFF\xFF\x96\x87\x16`\x01`(\x1B\x02i\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x96\x16\x96\x90\x93\x16\x95\x90\x95\x17\x93\x90\x93\x17\x16\x92\x90\x92\x17\x93\x90\x93\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90Ua\x10M\x83a\x1EwV[`@\x80Qc\xFF\xFF\xFF\xFF\x8B\x16\x81Rd\xFF\xFF\xFF\xFF\xFF\x89\x16` \x82\x01R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R3\x90\x8B\x90\x7F\xA9\xC1\x17\xACT\x0E\x90}=\xFD\xA9\tE}\xCE\xF9\xC4\x07Vxa\xAFf\xC9T\xF5\xF1(b]u\xDD\x90`\x80\x01a\x0CyV[`@\x80Q``\x81\x81\x01\x83R_\x80\x83R\x83Q\x80\x83\x01\x85R\x81\x81R` \x80\x82\x01\x83\x90R\x81\x86\x01\x83\x90R\x84\x01R\x92\x82\x01\x81\x90R\x90_\x85\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x90\x91R\x90 \x80T`\x01\x82\x01\x80T\x91\x95P\x90a\x11\x06\x90a)%V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x112\x90a)%V[\x80\x15a\x11}W\x80`\x1F\x10a\x11TWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x11}V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x11`W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x92P\x80`\x02\x01\x80Ta\x11\x93\x90a)%V[\x15\x90Pa\x12;W\x80`\x02\x01\x80Ta\x11\xA9\x90a)%V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x11\xD5\x90a)%V[\x80\x15a\x12 W\x80`\x1F\x10a\x11\xF7Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x12 V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x12\x03W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x80` \x01\x90Q\x81\x01\x90a\x128\x91\x90a+,V[\x91P[P\x92P\x92P\x92V[_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x80\x83 \x81Q`\xA0\x81\x01\x83R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83R`\x01`(\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\x01`P\x1B\x83\x04`\x01`\x01``\x1B\x03\x16\x91\x81\x01\x91\x90\x91R`\x01`\xB0\x1B\x82\x04`\xFF\x16\x15\x15``\x82\x01R`\x01`\xB8\x1B\x90\x91\x04`\x01`\x01`H\x1B\x03\x16`\x80\x82\x01Ra\x12\xCF\x90a \xFBV[\x93\x92PPPV[`\xFF\x81\x16\x15\x80a\x12\xE9WP`\x05`\xFF\x82\x16\x11[\x15a\x13\x13W`@Qc\xE0\x07J\x8F`\xE0\x1B\x81R`\xFF\x82\x16`\x04\x82\x01R`\x05`$\x82\x01R`D\x01a\x08\xCEV[_a\x13\x1E\x833a\x1E\xB2V[\x90P\x80``\x01Q\x15a\x13OW`@Q`\x01b\nMo`\xE4\x1B\x03\x19\x81R`\x04\x81\x01\x84\x90R3`$\x82\x01R`D\x01a\x08\xCEV[g\r\xE0\xB6\xB3\xA7d\0\0\x81`\x80\x01Q`\x01`\x01`H\x1B\x03\x16\x10\x15a\x13\xB1W`\x80\x81\x01Q`@Qc+\xF5s?`\xE2\x1B\x81R`\x04\x81\x01\x85\x90R3`$\x82\x01R`\x01`\x01`H\x1B\x03\x90\x91\x16`D\x82\x01Rg\r\xE0\xB6\xB3\xA7d\0\0`d\x82\x01R`\x84\x01a\x08\xCEV[_\x83\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x80\x83 \x80T`\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x17\x90U\x85\x83R`\x04\x91\x82\x90R\x90\x91 `\x01\x81\x81\x01\x80T\x92\x93\x91\x92\x90\x91\x90a\x14\x0E\x90\x84\x90c\xFF\xFF\xFF\xFFd\x01\0\0\0\0\x90\x91\x04\x16a,\x04V[\x92Pa\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\xFF\x16\x81`\x01\x01`\x08\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16a\x14U\x91\x90a, V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP3`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xB7\xC3S\xD7v\xEB%$\x1E\xAE\x15\x12\xB1\xC9\xF25\x14\x1A\x91\xA7\x8B\x14\xC7\xB0\xB5\xC9\x02\xD3\xEF\x1E\xBD\xD3\x85`@Qa\x14\xBC\x91\x90`\xFF\x91\x90\x91\x16\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x14\xFC\x813a\x1E\xB2V[P_\x81\x81R`\x04` \x90\x81R`@\x80\x83 `\x01\x01T`\x05\x83R\x81\x84 c\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x85R\x92R\x82 `\x02\x01\x80T\x91\x92\x91a\x158\x90a)%V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x15d\x90a)%V[\x80\x15a\x15\xAFW\x80`\x1F\x10a\x15\x86Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x15\xAFV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x15\x92W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x80` \x01\x90Q\x81\x01\x90a\x15\xC7\x91\x90a+,V[`@Qc5\xC2u/`\xE1\x1B\x81R\x90\x91P`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90ck\x84\xEA^\x90a\x16\x1C\x903\x90\x85\x90\x88\x90\x88\x90`\x04\x01a,?V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x163W__\xFD[PZ\xF1\x15\x80\x15a\x16EW=__>=_\xFD[PP`@Qc\xFF\xFF\xFF\xFF\x85\x16\x81R3\x92P\x85\x91P\x7F\n5e\x0F\xA8\xE2\xE1\xB3\x0Fbk\x1C\x15zuX4\xF9#N+\xB6W\xA3J\xD2\xE2\t\xD2\\\x85\xC3\x90` \x01`@Q\x80\x91\x03\x90\xA3PPPV[`\x02T_\x81\x90\x03a\x16\xAFW`@Qc\xCC\xC5\xB1\xBF`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_`\x02U`\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90a\x16\xEF\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a\x1A\xBDV[\x80`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB6\xC8\x1BRn\x1B\xD5Z8E\xD8\xCA\xA6\xFE\x0C\x1C\xE8{<\x9ESN\xECC\xF4;<\x18I\xD4\xE2\xE8\x83`@Qa\x17*\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x90V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x17P\x81a\x19\xB8V[a\x089\x83\x83a\x1ATV[_a\x17d\x81a\x19\xB8V[a\x17m\x82a!\x0CV[PPV[_a\x17{\x81a\x19\xB8V[a\x17m\x82a!\x97V[_\x83\x81R`\x04` R`@\x81 T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x17\xBCW`@Qc\x16:k\x0F`\xE1\x1B\x81R`\x04\x81\x01\x86\x90R`$\x01a\x08\xCEV[_[\x83\x81\x10\x15a\x19\xAFW_\x86\x81R`\x06` R`@\x81 \x81\x87\x87\x85\x81\x81\x10a\x17\xE6Wa\x17\xE6a,\x7FV[\x90P` \x02\x01` \x81\x01\x90a\x17\xFB\x91\x90a$\xB6V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q`\xA0\x81\x01\x83R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83R`\x01`(\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\x01`P\x1B\x83\x04`\x01`\x01``\x1B\x03\x16\x91\x81\x01\x91\x90\x91R`\x01`\xB0\x1B\x82\x04`\xFF\x16\x15\x15``\x82\x01R`\x01`\xB8\x1B\x90\x91\x04`\x01`\x01`H\x1B\x03\x16`\x80\x82\x01R\x90Pa\x18\xAC\x87\x87\x87\x85\x81\x81\x10a\x18\x90Wa\x18\x90a,\x7FV[\x90P` \x02\x01` \x81\x01\x90a\x18\xA5\x91\x90a$\xB6V[\x85\x84a\x1CdV[a\x18\xB6\x90\x85a(\xFAV[_\x88\x81R`\x06` R`@\x81 \x91\x95P\x82\x91\x90\x88\x88\x86\x81\x81\x10a\x18\xDBWa\x18\xDBa,\x7FV[\x90P` \x02\x01` \x81\x01\x90a\x18\xF0\x91\x90a$\xB6V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x83Q\x81T\x93\x85\x01Q\x92\x85\x01Q``\x86\x01Q`\x80\x90\x96\x01Q`\x01`\x01`H\x1B\x03\x16`\x01`\xB8\x1B\x02`\x01`\x01`\xB8\x1B\x03\x96\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19`\x01`\x01``\x1B\x03\x90\x93\x16`\x01`P\x1B\x02\x92\x90\x92\x16`\x01`P\x1B`\x01`\xB8\x1B\x03\x19d\xFF\xFF\xFF\xFF\xFF\x96\x87\x16`\x01`(\x1B\x02i\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x98\x16\x96\x90\x94\x16\x95\x90\x95\x17\x95\x90\x95\x17\x91\x90\x91\x16\x92\x90\x92\x17\x91\x90\x91\x17\x92\x90\x92\x16\x17\x90UP`\x01\x01a\x17\xBEV[PP\x93\x92PPPV[a\x19\xC2\x813a\"\x07V[PV[_a\x19\xD0\x83\x83a\x14\xCAV[a\x1AMW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x1A\x053\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x08\x0FV[P_a\x08\x0FV[_a\x1A_\x83\x83a\x14\xCAV[\x15a\x1AMW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\x08\x0FV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x08r\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa\"@V[_\x81\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1BTW`@Qc\x16:k\x0F`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08\xCEV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x17mW`@QbW\x9E=`\xE6\x1B\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16`D\x82\x01R`d\x01a\x08\xCEV[_\x83\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x81\x16\x91`\x01`\xA0\x1B\x90\x91\x04`\x01`\x01``\x1B\x03\x16\x90\x82a\x1B\xE1W`@Qc\x16:k\x0F`\xE1\x1B\x81R`\x04\x81\x01\x87\x90R`$\x01a\x08\xCEV[c\xFF\xFF\xFF\xFF\x85\x16\x15\x80a\x1B\xFBWPa\x02\x08c\xFF\xFF\xFF\xFF\x86\x16\x11[\x15a\x1C)W`@Qc\x84\xBC\xF4\xD5`\xE0\x1B\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01Ra\x02\x08`$\x82\x01R`D\x01a\x08\xCEV[\x83\x82\x11\x15a\x1C[W`@Qcs\xDA\"\xE9`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x83\x90R`D\x81\x01\x85\x90R`d\x01a\x08\xCEV[P\x93P\x93\x91PPV[__a\x1Co\x83a\"\xACV[\x90\x92P\x90P_\x81\x90\x03a\x1C\x85W_\x91PPa\x1DtV[a\x1C\xAF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82a(\xE3V[\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16a\x1C\xC5\x91\x90a(\xFAV[d\xFF\xFF\xFF\xFF\xFF\x16` \x84\x01R_\x82\x90\x03a\x1C\xE2W_\x91PPa\x1DtV[`@\x83\x81\x01\x80Q\x84\x90\x03`\x01`\x01``\x1B\x03\x16\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x07` R\x90\x81 \x80T\x84\x92\x90a\x1D\x1D\x90\x84\x90a(\xFAV[\x92PP\x81\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x87\x7F#\xD3\x8A\xEA\xDA\xDB[%\xE6Cl{\ro\xCD\xC7\xD4\x08\xB6\t\xD4\xF1\xCE\t\\\xFFk\xBB\xF9\xAC\xC4\x1E\x85`@Qa\x1Dj\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4P[\x94\x93PPPPV[_\x80\x80a\x1D\x8Fc\xFF\xFF\xFF\xFF\x85\x16\x86a(\xE3V[`\x01T\x90\x93Pa\x1D\xAB\x90\x84\x90`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16a#\xCFV[\x90\x92P\x90P\x80\x15a\x1D\xCDW\x80`\x02_\x82\x82Ta\x1D\xC7\x91\x90a(\xFAV[\x90\x91UPP[\x92P\x92P\x92V[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x1E\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xCEV[P\x90V[_`\x01`\x01``\x1B\x03\x82\x11\x15a\x1E\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xCEV[_\x80a\x1EQ\x83`\x01`\x01`H\x1B\x03\x86\x16a(\xFAV[\x90P`\x01`\x01`H\x1B\x03\x81\x11a\x1EgW\x80a\x1DtV[`\x01`\x01`H\x1B\x03\x94\x93PPPPV[\x80\x15a\x19\xC2Wa\x19\xC2`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a#\xFDV[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84R`\x01`(\x1B\x83\x04\x90\x91\x16\x93\x83\x01\x93\x90\x93R`\x01`P\x1B\x81\x04`\x01`\x01``\x1B\x03\x16\x93\x82\x01\x93\x90\x93R`\x01`\xB0\x1B\x83\x04`\xFF\x16\x15\x15``\x82\x01R`\x01`\xB8\x1B\x90\x92\x04`\x01`\x01`H\x1B\x03\x16`\x80\x83\x01RB\x10a\x08\x0FW`@Qc|A\xEC\x91`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\x08\xCEV[`@Qc\x1E\xF0\x1E\x11`\xE1\x1B\x81R_\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c=\xE0<\"\x90a\x1F\xE3\x90\x85\x90`\x04\x01a,\xD7V[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x1F\xF9W__\xFD[PZ\xFA\x15\x80\x15a \x0BW=__>=_\xFD[PPP_\x87\x81R`\x04` R`@\x81 `\x01\x01\x80T\x90\x92Pa 2\x90c\xFF\xFF\xFF\xFF\x16a.7V[\x82Tc\xFF\xFF\xFF\xFF\x80\x83\x16a\x01\0\x94\x90\x94\n\x84\x81\x02\x91\x02\x19\x90\x91\x16\x17\x90\x92U_\x88\x81R`\x05` \x90\x81R`@\x80\x83 \x93\x83R\x92\x90R \x86\x81U\x90\x91P`\x01\x81\x01a |\x85\x87\x83a.\xA6V[P\x82`@Q` \x01a \x8E\x91\x90a,\xD7V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x81`\x02\x01\x90\x81a \xAD\x91\x90a/_V[P\x81c\xFF\xFF\xFF\xFF\x16\x87\x7F\xF8\x167&\x07\x1D\xE3ll\xD4\x02\x96\xE25\xB4r\0\xC8\x16Z\xE7\x07D\t\xB5\0\xBA\x01\x14\xB1\xB2\xB0\x88\x88\x88`@Qa \xE9\x93\x92\x91\x90a0\x19V[`@Q\x80\x91\x03\x90\xA3P\x95\x94PPPPPV[_a!\x05\x82a\"\xACV[P\x92\x91PPV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a!AW`@Qc\xD0I\x9E\x9F`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01a\x08\xCEV[`\x01\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a!\xBEW`@Qc\riGi`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[a\"\x11\x82\x82a\x14\xCAV[a\x17mW`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xCEV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a\"_W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a\"vW\x80`\x01\x14\x15a\"\x83V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x089W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xCEV[___\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10\x80a\"\xD3WP\x83Qd\xFF\xFF\xFF\xFF\xFF\x16\x81\x10\x15[\x15a\"\xE3WP_\x93\x84\x93P\x91PPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x86_\x01Qd\xFF\xFF\xFF\xFF\xFF\x16a#\x1B\x91\x90a0NV[a#%\x91\x90a0aV[\x85Q\x90\x91Pd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a#}W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a#c\x83Ba0NV[a#m\x91\x90a0aV[a#x\x90`\x01a(\xFAV[a#\x7FV[\x80[\x92P\x80a#\x8C\x84\x82a0NV[\x86`@\x01Q`\x01`\x01``\x1B\x03\x16a#\xA4\x91\x90a(\xE3V[a#\xAE\x91\x90a0aV[\x85`@\x01Q`\x01`\x01``\x1B\x03\x16a#\xC6\x91\x90a0NV[\x93PPP\x91P\x91V[_\x80a'\x10a#\xDE\x84\x86a(\xE3V[a#\xE8\x91\x90a0aV[\x90Pa#\xF4\x81\x85a0NV[\x91P\x92P\x92\x90PV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x089\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a\x1A\xEAV[_` \x82\x84\x03\x12\x15a$FW__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x12\xCFW__\xFD[_` \x82\x84\x03\x12\x15a$mW__\xFD[P5\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x19\xC2W__\xFD[__`@\x83\x85\x03\x12\x15a$\x99W__\xFD[\x825\x91P` \x83\x015a$\xAB\x81a$tV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a$\xC6W__\xFD[\x815a\x12\xCF\x81a$tV[\x805`\x01`\x01``\x1B\x03\x81\x16\x81\x14a$\xE7W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a$\xFDW__\xFD[\x825\x91Pa%\r` \x84\x01a$\xD1V[\x90P\x92P\x92\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x19\xC2W__\xFD[___``\x84\x86\x03\x12\x15a%9W__\xFD[\x835\x92P` \x84\x015a%K\x81a%\x16V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[__\x83`\x1F\x84\x01\x12a%lW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a%\x82W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a%\x99W__\xFD[\x92P\x92\x90PV[_`\xA0\x82\x84\x03\x12\x15a%\xB0W__\xFD[P\x91\x90PV[_____`\x80\x86\x88\x03\x12\x15a%\xCAW__\xFD[a%\xD3\x86a$\xD1V[\x94P` \x86\x015\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a%\xF4W__\xFD[a&\0\x88\x82\x89\x01a%\\V[\x90\x94P\x92PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a&\x1EW__\xFD[a&*\x88\x82\x89\x01a%\xA0V[\x91PP\x92\x95P\x92\x95\x90\x93PV[_____`\x80\x86\x88\x03\x12\x15a&KW__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a%\xF4W__\xFD[__`@\x83\x85\x03\x12\x15a&\x7FW__\xFD[\x825\x91P` \x83\x015a$\xAB\x81a%\x16V[`\x03\x81\x10a&\xADWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[_`\xA0\x83\x01`\xFF\x83Q\x16\x84R` \x83\x01Qa&\xD0` \x86\x01\x82Qa&\x91V[`\x01\x80`\xA0\x1B\x03` \x82\x01Q\x16`@\x86\x01Ra\xFF\xFF`@\x82\x01Q\x16``\x86\x01RP`@\x83\x01Q`\xA0`\x80\x86\x01R\x81\x81Q\x80\x84R`\xC0\x87\x01\x91P`\xC0\x81`\x05\x1B\x88\x01\x01\x93P` \x83\x01\x92P_[\x81\x81\x10\x15a'\xA7W\x87\x85\x03`\xBF\x19\x01\x83R\x83Q\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x80\x82\x01Q\x81\x88\x01R`@\x91\x82\x01Q``\x92\x88\x01\x83\x90R\x80Q\x92\x88\x01\x83\x90R\x01\x90_\x90`\x80\x88\x01\x90[\x80\x83\x10\x15a'\x8FWc\xFF\xFF\xFF\xFF\x84Q\x16\x82R` \x82\x01\x91P` \x84\x01\x93P`\x01\x83\x01\x92Pa'fV[P\x96PPP` \x93\x84\x01\x93\x92\x90\x92\x01\x91`\x01\x01a'\x1CV[P\x92\x96\x95PPPPPPV[\x83\x81R``` \x82\x01R_\x83Q\x80``\x84\x01R\x80` \x86\x01`\x80\x85\x01^_`\x80\x82\x85\x01\x01R`\x1F\x19`\x1F\x82\x01\x16\x83\x01\x90P`\x80\x83\x82\x03\x01`@\x84\x01Ra\x0E\xAC`\x80\x82\x01\x85a&\xB1V[`\xFF\x81\x16\x81\x14a\x19\xC2W__\xFD[__`@\x83\x85\x03\x12\x15a(\x1BW__\xFD[\x825\x91P` \x83\x015a$\xAB\x81a'\xFCV[a\xFF\xFF\x81\x16\x81\x14a\x19\xC2W__\xFD[_` \x82\x84\x03\x12\x15a(LW__\xFD[\x815a\x12\xCF\x81a(-V[___`@\x84\x86\x03\x12\x15a(iW__\xFD[\x835\x92P` \x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a(\x85W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a(\x95W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a(\xAAW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a(\xBEW__\xFD[\x93\x96` \x91\x90\x91\x01\x95P\x92\x93PPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08\x0FWa\x08\x0Fa(\xCFV[\x80\x82\x01\x80\x82\x11\x15a\x08\x0FWa\x08\x0Fa(\xCFV[_`\x01\x82\x01a)\x1EWa)\x1Ea(\xCFV[P`\x01\x01\x90V[`\x01\x81\x81\x1C\x90\x82\x16\x80a)9W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a%\xB0WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Q``\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a)\x8DWa)\x8Da)WV[`@R\x90V[`@Q`\x1F\x82\x01`\x1F\x19\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a)\xBBWa)\xBBa)WV[`@R\x91\x90PV[`\x03\x81\x10a\x19\xC2W__\xFD[_`\x01`\x01`@\x1B\x03\x82\x11\x15a)\xE7Wa)\xE7a)WV[P`\x05\x1B` \x01\x90V[_\x82`\x1F\x83\x01\x12a*\0W__\xFD[\x81Qa*\x13a*\x0E\x82a)\xCFV[a)\x93V[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a*4W__\xFD[` \x85\x01[\x83\x81\x10\x15a\x0E\x8BW\x80Q`\x01`\x01`@\x1B\x03\x81\x11\x15a*VW__\xFD[\x86\x01``\x81\x89\x03`\x1F\x19\x01\x12\x15a*kW__\xFD[a*sa)kV[` \x82\x01Qa*\x81\x81a$tV[\x81R`@\x82\x01Q` \x82\x01R``\x82\x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xA5W__\xFD[` \x81\x84\x01\x01\x92PP\x88`\x1F\x83\x01\x12a*\xBCW__\xFD[\x81Qa*\xCAa*\x0E\x82a)\xCFV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x8B\x83\x11\x15a*\xEBW__\xFD[` \x85\x01\x94P[\x82\x85\x10\x15a+\x16W\x84Qa+\x05\x81a%\x16V[\x82R` \x94\x85\x01\x94\x90\x91\x01\x90a*\xF2V[`@\x84\x01RPP\x84RP` \x92\x83\x01\x92\x01a*9V[_` \x82\x84\x03\x12\x15a+<W__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a+QW__\xFD[\x82\x01\x80\x84\x03`\xA0\x81\x12\x15a+cW__\xFD[a+ka)kV[\x82Qa+v\x81a'\xFCV[\x81R```\x1F\x19\x83\x01\x12\x15a+\x89W__\xFD[a+\x91a)kV[\x91P` \x83\x01Qa+\xA1\x81a)\xC3V[\x82R`@\x83\x01Qa+\xB1\x81a$tV[` \x83\x01R``\x83\x01Qa+\xC4\x81a(-V[`@\x83\x01R` \x81\x01\x91\x90\x91R`\x80\x82\x01Q\x90`\x01`\x01`@\x1B\x03\x82\x11\x15a+\xEAW__\xFD[a+\xF6\x86\x83\x85\x01a)\xF1V[`@\x82\x01R\x95\x94PPPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x0FWa\x08\x0Fa(\xCFV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x0FWa\x08\x0Fa(\xCFV[`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R`\x80` \x82\x01\x81\x90R_\x90a,b\x90\x83\x01\x86a&\xB1V[\x90P\x83`@\x83\x01Rc\xFF\xFF\xFF\xFF\x83\x16``\x83\x01R\x95\x94PPPPPV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[__\x835`\x1E\x19\x846\x03\x01\x81\x12a,\xA8W__\xFD[\x83\x01` \x81\x01\x92P5\x90P`\x01`\x01`@\x1B\x03\x81\x11\x15a,\xC6W__\xFD[\x80`\x05\x1B6\x03\x82\x13\x15a%\x99W__\xFD[` \x81R_`\xC0\x82\x01\x835a,\xEB\x81a'\xFCV[`\xFF\x81\x16` \x85\x01RP` \x84\x015a-\x03\x81a)\xC3V[a-\x10`@\x85\x01\x82a&\x91V[P`@\x84\x015a-\x1F\x81a$tV[`\x01`\x01`\xA0\x1B\x03\x16``\x84\x81\x01\x91\x90\x91R\x84\x015a-=\x81a(-V[a\xFF\xFF\x81\x16`\x80\x85\x01RPa-U`\x80\x85\x01\x85a,\x93V[`\xA0\x80\x86\x01R\x82\x81\x84R`\xE0\x86\x01\x90P`\xE0\x82`\x05\x1B\x87\x01\x01\x93P\x82_`^\x19\x856\x03\x01[\x84\x82\x10\x15a.)W\x88\x87\x03`\xDF\x19\x01\x84R\x825\x81\x81\x12a-\x98W__\xFD[\x86\x01``\x88\x01\x815a-\xA9\x81a$tV[`\x01`\x01`\xA0\x1B\x03\x16\x89R` \x82\x81\x015\x90\x8A\x01Ra-\xCB`@\x83\x01\x83a,\x93V[```@\x8C\x01R\x91\x82\x90R\x90\x91P_`\x80\x8A\x01[\x83\x82\x10\x15a.\rW\x825a-\xF2\x81a%\x16V[c\xFF\xFF\xFF\xFF\x16\x81R` \x92\x83\x01\x92`\x01\x92\x90\x92\x01\x91\x01a-\xDFV[\x99PPP` \x94\x85\x01\x94\x93\x90\x93\x01\x92P`\x01\x91\x90\x91\x01\x90a-zV[P\x94\x98\x97PPPPPPPPV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a.RWa.Ra(\xCFV[`\x01\x01\x92\x91PPV[`\x1F\x82\x11\x15a\x08rW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a.\x80WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a.\x9FW_\x81U`\x01\x01a.\x8CV[PPPPPV[`\x01`\x01`@\x1B\x03\x83\x11\x15a.\xBDWa.\xBDa)WV[a.\xD1\x83a.\xCB\x83Ta)%V[\x83a.[V[_`\x1F\x84\x11`\x01\x81\x14a/\x02W_\x85\x15a.\xEBWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua.\x9FV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a/1W\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a/\x11V[P\x86\x82\x10\x15a/MW_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a/xWa/xa)WV[a/\x8C\x81a/\x86\x84Ta)%V[\x84a.[V[` `\x1F\x82\x11`\x01\x81\x14a/\xBEW_\x83\x15a/\xA7WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua.\x9FV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a/\xEDW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a/\xCDV[P\x84\x82\x10\x15a0\nW\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[\x83\x81R`@` \x82\x01R\x81`@\x82\x01R\x81\x83``\x83\x017_\x81\x83\x01``\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01`\x1F\x19\x16\x01\x01\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x08\x0FWa\x08\x0Fa(\xCFV[_\x82a0{WcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610229575f3560e01c8063693ae30a1161012a578063a81b2f8d116100b4578063d2ca211511610079578063d2ca21151461076d578063d547741f14610793578063e4467f35146107a6578063f0f44260146107b9578063ff48cbef146107cc575f5ffd5b8063a81b2f8d14610602578063a83a0d3014610721578063bbf6df391461072c578063c9bb1a481461073f578063d113b95c14610765575f5ffd5b80638df08bd4116100fa5780638df08bd41461059e57806391d14854146105c657806394e113ea146105d9578063a0620634146105f3578063a217fddf146105fb575f5ffd5b8063693ae30a1461054d5780636af2a6881461056f578063775952c6146105785780638037559e1461058b575f5ffd5b80633d4d8d4f116101b657806346bfe4821161017b57806346bfe482146103e85780635469f0f2146103fb57806354a4d0ee146105215780635d04d4c61461053457806361d027b31461053c575f5ffd5b80633d4d8d4f146103735780633d8886f1146103865780633e94a9551461039957806340e58ee5146103c2578063453e555d146103d5575f5ffd5b80632f2ff15d116101fc5780632f2ff15d146102dd578063314a051c146102f257806335659fb81461033057806336568abe146103515780633913feda14610364575f5ffd5b806301ffc9a71461022d5780630a25464014610255578063143e55e014610273578063248a9ca3146102ad575b5f5ffd5b61024061023b366004612436565b6107df565b60405190151581526020015b60405180910390f35b61025e61020881565b60405163ffffffff909116815260200161024c565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b03909116815260200161024c565b6102cf6102bb36600461245d565b5f9081526020819052604090206001015490565b60405190815260200161024c565b6102f06102eb366004612488565b610815565b005b610240610300366004612488565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205464ffffffffff16421090565b600154600160a01b900461ffff1660405161ffff909116815260200161024c565b6102f061035f366004612488565b61083f565b6102cf670de0b6b3a764000081565b6102cf6103813660046124b6565b610877565b6102f06103943660046124ec565b61095f565b6103ac6103a7366004612527565b6109d3565b60405164ffffffffff909116815260200161024c565b6102cf6103d036600461245d565b610c8e565b6102cf6103e33660046125b6565b610e0c565b61025e6103f6366004612637565b610e95565b6104be610409366004612488565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f8281526006602090815260408083206001600160a01b0385168452825291829020825160a081018452905464ffffffffff8082168352600160281b820416928201929092526001600160601b03600160501b8304169281019290925260ff600160b01b820416151560608301526001600160481b03600160b81b90910416608082015292915050565b60405161024c91905f60a08201905064ffffffffff835116825264ffffffffff60208401511660208301526001600160601b0360408401511660408301526060830151151560608301526001600160481b03608084015116608083015292915050565b6103ac61052f366004612527565b610eb6565b6002546102cf565b6001546001600160a01b0316610295565b61056061055b36600461266e565b6110a2565b60405161024c939291906127b3565b6102cf610e1081565b6102cf610586366004612488565b611243565b6102f061059936600461280a565b6112d6565b6102cf6105ac3660046124b6565b6001600160a01b03165f9081526007602052604090205490565b6102406105d4366004612488565b6114ca565b6105e1600581565b60405160ff909116815260200161024c565b6003546102cf565b6102cf5f81565b6106ba61061036600461245d565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f90815260046020908152604091829020825160a08101845281546001600160a01b0381168252600160a01b90046001600160601b0316928101929092526001015463ffffffff8082169383019390935264010000000081049092166060820152680100000000000000009091046001600160401b0316608082015290565b60405161024c91905f60a08201905060018060a01b0383511682526001600160601b03602084015116602083015263ffffffff604084015116604083015263ffffffff60608401511660608301526001600160401b03608084015116608083015292915050565b6102cf6301e1338081565b6102f061073a36600461245d565b6114f2565b7f0000000000000000000000000000000000000000000000000000000000000000610295565b6102cf61168b565b7f00000000000000000000000000000000000000000000000000000000000000006102cf565b6102f06107a1366004612488565b611736565b6102f06107b436600461283c565b61175a565b6102f06107c73660046124b6565b611771565b6102cf6107da366004612857565b611784565b5f6001600160e01b03198216637965db0b60e01b148061080f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461082f816119b8565b61083983836119c5565b50505050565b6001600160a01b03811633146108685760405163334bd91960e11b815260040160405180910390fd5b6108728282611a54565b505050565b5f6001600160a01b03821661089f57604051630d69476960e11b815260040160405180910390fd5b50335f90815260076020526040812054908190036108d757604051634baef5cd60e11b81523360048201526024015b60405180910390fd5b335f9081526007602052604081205561091a7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168383611abd565b6040518181526001600160a01b0383169033907f0c8584df0a37548f26644c41809e5f908b58e8888dd441691e8a2174ec89f3059060200160405180910390a3919050565b61096882611b1c565b5f8281526004602090815260409182902080546001600160a01b0316600160a01b6001600160601b03861690810291909117909155915191825283917fdea6bed898b626a24bdf8d342b998b38fbc7a15c290df452c35919a2aff711fd910160405180910390a25050565b5f5f5f6109e1868686611b94565b5f888152600660209081526040808320338452825291829020825160a081018452905464ffffffffff808216808452600160281b830490911693830193909352600160501b81046001600160601b031693820193909352600160b01b830460ff1615156060820152600160b81b9092046001600160481b0316608083015292945090925090421015610a9f578051604051633562dc8560e21b81526004810189905233602482015264ffffffffff90911660448201526064016108ce565b60408101516001600160601b031615610ac057610abe87338584611c64565b505b5f5f5f610acd858a611d7c565b91945092509050610b16610b077f000000000000000000000000000000000000000000000000000000000000000063ffffffff8c166128e3565b610b1190426128fa565b611dd4565b96506040518060a001604052808864ffffffffff1681526020014264ffffffffff168152602001610b4684611e09565b6001600160601b031681526020015f15158152602001610b665f86611e3c565b6001600160481b039081169091525f8c81526006602090815260408083203384528252918290208451815492860151938601516060870151608090970151909516600160b81b026001600160b81b03961515600160b01b0260ff60b01b196001600160601b03909716600160501b0296909616600160501b600160b81b031964ffffffffff968716600160281b0269ffffffffffffffffffff1990961696909316959095179390931716929092179290921792909216179055610c2883611e77565b6040805163ffffffff8b16815264ffffffffff891660208201529081018490526060810182905233908b907ff6ca263876fcaf1b9d7b007e1ffe6127bb399b083fd0b8b3a02d185c764ea872906080015b60405180910390a35050505050509392505050565b5f5f610c9a8333611eb2565b5f84815260046020526040902054909150610cc290849033906001600160a01b031684611c64565b50604080820180515f8083526020808601805164ffffffffff908116885289845260068352868420338552909252949091208551815495519451606088015160808901516001600160481b0316600160b81b026001600160b81b03911515600160b01b0260ff60b01b196001600160601b03948516600160501b0216600160501b600160b81b0319998816600160281b0269ffffffffffffffffffff19909b1695909716949094179890981796909616939093171793909316939093179091551691508115610dbf57610dbf6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163384611abd565b80516040805164ffffffffff909216825260208201849052339185917fb48f7be65b15a4ccf36a31550434228ceae0dc17c62e1596804245636768c7f2910160405180910390a350919050565b5f60035f8154610e1b9061290d565b91829055505f818152600460209081526040918290206001600160601b038a16600160a01b810233908117909255925192835292935083917f4a6a36780022add9b5c8a65959c3404f3994dc00f9bcf708cb4bcd6e62257b8e910160405180910390a3610e8b8186868686611f95565b5095945050505050565b5f610e9f86611b1c565b610eac8686868686611f95565b9695505050505050565b5f5f5f610ec4868686611b94565b915091505f610ed38733611eb2565b9050610ee187338584611c64565b505f5f5f610eef858a611d7c565b91945092509050610f3c610f297f000000000000000000000000000000000000000000000000000000000000000063ffffffff8c166128e3565b8551610b11919064ffffffffff166128fa565b64ffffffffff811685526040850151909750610f6b90610f669084906001600160601b03166128fa565b611e09565b6001600160601b031660408501526080840151610f889084611e3c565b6001600160481b03908116608086019081525f8c815260066020908152604080832033845282529182902088518154928a0151938a015160608b01519551909616600160b81b026001600160b81b03951515600160b01b0260ff60b01b196001600160601b03909816600160501b0297909716600160501b600160b81b031964ffffffffff968716600160281b0269ffffffffffffffffffff199096169690931695909517939093171692909217939093179190911691909117905561104d83611e77565b6040805163ffffffff8b16815264ffffffffff891660208201529081018490526060810182905233908b907fa9c117ac540e907d3dfda909457dcef9c407567861af66c954f5f128625d75dd90608001610c79565b60408051606081810183525f808352835180830185528181526020808201839052818601839052840152928201819052905f85815260056020908152604080832063ffffffff88168452909152902080546001820180549195509061110690612925565b80601f016020809104026020016040519081016040528092919081815260200182805461113290612925565b801561117d5780601f106111545761010080835404028352916020019161117d565b820191905f5260205f20905b81548152906001019060200180831161116057829003601f168201915b5050505050925080600201805461119390612925565b15905061123b578060020180546111a990612925565b80601f01602080910402602001604051908101604052809291908181526020018280546111d590612925565b80156112205780601f106111f757610100808354040283529160200191611220565b820191905f5260205f20905b81548152906001019060200180831161120357829003601f168201915b50505050508060200190518101906112389190612b2c565b91505b509250925092565b5f8281526006602090815260408083206001600160a01b03851684528252808320815160a081018352905464ffffffffff8082168352600160281b82041693820193909352600160501b83046001600160601b031691810191909152600160b01b820460ff1615156060820152600160b81b9091046001600160481b031660808201526112cf906120fb565b9392505050565b60ff811615806112e95750600560ff8216115b156113135760405163e0074a8f60e01b815260ff82166004820152600560248201526044016108ce565b5f61131e8333611eb2565b905080606001511561134f576040516001620a4d6f60e41b03198152600481018490523360248201526044016108ce565b670de0b6b3a764000081608001516001600160481b031610156113b1576080810151604051632bf5733f60e21b8152600481018590523360248201526001600160481b039091166044820152670de0b6b3a764000060648201526084016108ce565b5f8381526006602090815260408083203384528252808320805460ff60b01b1916600160b01b179055858352600491829052909120600181810180549293919290919061140e90849063ffffffff64010000000090910416612c04565b92506101000a81548163ffffffff021916908363ffffffff1602179055508260ff168160010160088282829054906101000a90046001600160401b03166114559190612c20565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550336001600160a01b0316847fb7c353d776eb25241eae1512b1c9f235141a91a78b14c7b0b5c902d3ef1ebdd3856040516114bc919060ff91909116815260200190565b60405180910390a350505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6114fc8133611eb2565b505f818152600460209081526040808320600101546005835281842063ffffffff90911680855292528220600201805491929161153890612925565b80601f016020809104026020016040519081016040528092919081815260200182805461156490612925565b80156115af5780601f10611586576101008083540402835291602001916115af565b820191905f5260205f20905b81548152906001019060200180831161159257829003601f168201915b50505050508060200190518101906115c79190612b2c565b6040516335c2752f60e11b81529091506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636b84ea5e9061161c903390859088908890600401612c3f565b5f604051808303815f87803b158015611633575f5ffd5b505af1158015611645573d5f5f3e3d5ffd5b505060405163ffffffff851681523392508591507f0a35650fa8e2e1b30f626b1c157a755834f9234e2bb657a34ad2e209d25c85c39060200160405180910390a3505050565b6002545f8190036116af5760405163ccc5b1bf60e01b815260040160405180910390fd5b5f6002556001546001600160a01b03908116906116ef907f0000000000000000000000000000000000000000000000000000000000000000168284611abd565b806001600160a01b03167fb6c81b526e1bd55a3845d8caa6fe0c1ce87b3c9e534eec43f43b3c1849d4e2e88360405161172a91815260200190565b60405180910390a25090565b5f82815260208190526040902060010154611750816119b8565b6108398383611a54565b5f611764816119b8565b61176d8261210c565b5050565b5f61177b816119b8565b61176d82612197565b5f838152600460205260408120546001600160a01b0316806117bc5760405163163a6b0f60e11b8152600481018690526024016108ce565b5f5b838110156119af575f868152600660205260408120818787858181106117e6576117e6612c7f565b90506020020160208101906117fb91906124b6565b6001600160a01b0316815260208082019290925260409081015f20815160a081018352905464ffffffffff8082168352600160281b82041693820193909352600160501b83046001600160601b031691810191909152600160b01b820460ff1615156060820152600160b81b9091046001600160481b0316608082015290506118ac8787878581811061189057611890612c7f565b90506020020160208101906118a591906124b6565b8584611c64565b6118b690856128fa565b5f8881526006602052604081209195508291908888868181106118db576118db612c7f565b90506020020160208101906118f091906124b6565b6001600160a01b0316815260208082019290925260409081015f2083518154938501519285015160608601516080909601516001600160481b0316600160b81b026001600160b81b03961515600160b01b0260ff60b01b196001600160601b03909316600160501b0292909216600160501b600160b81b031964ffffffffff968716600160281b0269ffffffffffffffffffff1990981696909416959095179590951791909116929092179190911792909216179055506001016117be565b50509392505050565b6119c28133612207565b50565b5f6119d083836114ca565b611a4d575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055611a053390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161080f565b505f61080f565b5f611a5f83836114ca565b15611a4d575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161080f565b6040516001600160a01b0383811660248301526044820183905261087291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612240565b5f818152600460205260409020546001600160a01b031680611b545760405163163a6b0f60e11b8152600481018390526024016108ce565b6001600160a01b038116331461176d5760405162579e3d60e61b8152600481018390523360248201526001600160a01b03821660448201526064016108ce565b5f83815260046020526040902080546001600160a01b03811691600160a01b9091046001600160601b03169082611be15760405163163a6b0f60e11b8152600481018790526024016108ce565b63ffffffff85161580611bfb575061020863ffffffff8616115b15611c29576040516384bcf4d560e01b815263ffffffff8616600482015261020860248201526044016108ce565b83821115611c5b576040516373da22e960e01b81526004810187905260248101839052604481018590526064016108ce565b50935093915050565b5f5f611c6f836122ac565b90925090505f819003611c85575f915050611d74565b611caf7f0000000000000000000000000000000000000000000000000000000000000000826128e3565b836020015164ffffffffff16611cc591906128fa565b64ffffffffff1660208401525f829003611ce2575f915050611d74565b604083810180518490036001600160601b031690526001600160a01b0385165f90815260076020529081208054849290611d1d9084906128fa565b92505081905550836001600160a01b0316856001600160a01b0316877f23d38aeadadb5b25e6436c7b0d6fcdc7d408b609d4f1ce095cff6bbbf9acc41e85604051611d6a91815260200190565b60405180910390a4505b949350505050565b5f8080611d8f63ffffffff8516866128e3565b600154909350611dab908490600160a01b900461ffff166123cf565b90925090508015611dcd578060025f828254611dc791906128fa565b90915550505b9250925092565b5f64ffffffffff821115611e05576040516306dfcc6560e41b815260286004820152602481018390526044016108ce565b5090565b5f6001600160601b03821115611e05576040516306dfcc6560e41b815260606004820152602481018390526044016108ce565b5f80611e51836001600160481b0386166128fa565b90506001600160481b038111611e675780611d74565b6001600160481b03949350505050565b80156119c2576119c26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330846123fd565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152505f8281526006602090815260408083206001600160a01b0385168452825291829020825160a081018452905464ffffffffff808216808452600160281b830490911693830193909352600160501b81046001600160601b031693820193909352600160b01b830460ff1615156060820152600160b81b9092046001600160481b03166080830152421061080f57604051637c41ec9160e11b8152600481018490526001600160a01b03831660248201526044016108ce565b604051631ef01e1160e11b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690633de03c2290611fe3908590600401612cd7565b5f6040518083038186803b158015611ff9575f5ffd5b505afa15801561200b573d5f5f3e3d5ffd5b5050505f87815260046020526040812060010180549092506120329063ffffffff16612e37565b825463ffffffff8083166101009490940a848102910219909116179092555f888152600560209081526040808320938352929052208681559091506001810161207c858783612ea6565b508260405160200161208e9190612cd7565b6040516020818303038152906040528160020190816120ad9190612f5f565b508163ffffffff16877ff8163726071de36c6cd40296e235b47200c8165ae7074409b500ba0114b1b2b08888886040516120e993929190613019565b60405180910390a35095945050505050565b5f612105826122ac565b5092915050565b6107d061ffff821611156121415760405163d0499e9f60e01b815261ffff821660048201526107d060248201526044016108ce565b6001805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527f344ed1ad4ddd7e63e04403811e38058895ef7a656bf6d5b25d219e0083c227e69060200160405180910390a150565b6001600160a01b0381166121be57604051630d69476960e11b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517f3c864541ef71378c6229510ed90f376565ee42d9c5e0904a984a9e863e6db44f905f90a250565b61221182826114ca565b61176d5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108ce565b5f5f60205f8451602086015f885af18061225f576040513d5f823e3d81fd5b50505f513d91508115612276578060011415612283565b6001600160a01b0384163b155b1561083957604051635274afe760e01b81526001600160a01b03851660048201526024016108ce565b5f5f5f836020015164ffffffffff169050804210806122d35750835164ffffffffff168110155b156122e357505f93849350915050565b5f7f000000000000000000000000000000000000000000000000000000000000000082865f015164ffffffffff1661231b919061304e565b6123259190613061565b855190915064ffffffffff1642101561237d577f0000000000000000000000000000000000000000000000000000000000000000612363834261304e565b61236d9190613061565b6123789060016128fa565b61237f565b805b92508061238c848261304e565b86604001516001600160601b03166123a491906128e3565b6123ae9190613061565b85604001516001600160601b03166123c6919061304e565b93505050915091565b5f806127106123de84866128e3565b6123e89190613061565b90506123f4818561304e565b91509250929050565b6040516001600160a01b0384811660248301528381166044830152606482018390526108399186918216906323b872dd90608401611aea565b5f60208284031215612446575f5ffd5b81356001600160e01b0319811681146112cf575f5ffd5b5f6020828403121561246d575f5ffd5b5035919050565b6001600160a01b03811681146119c2575f5ffd5b5f5f60408385031215612499575f5ffd5b8235915060208301356124ab81612474565b809150509250929050565b5f602082840312156124c6575f5ffd5b81356112cf81612474565b80356001600160601b03811681146124e7575f5ffd5b919050565b5f5f604083850312156124fd575f5ffd5b8235915061250d602084016124d1565b90509250929050565b63ffffffff811681146119c2575f5ffd5b5f5f5f60608486031215612539575f5ffd5b83359250602084013561254b81612516565b929592945050506040919091013590565b5f5f83601f84011261256c575f5ffd5b5081356001600160401b03811115612582575f5ffd5b602083019150836020828501011115612599575f5ffd5b9250929050565b5f60a082840312156125b0575f5ffd5b50919050565b5f5f5f5f5f608086880312156125ca575f5ffd5b6125d3866124d1565b94506020860135935060408601356001600160401b038111156125f4575f5ffd5b6126008882890161255c565b90945092505060608601356001600160401b0381111561261e575f5ffd5b61262a888289016125a0565b9150509295509295909350565b5f5f5f5f5f6080868803121561264b575f5ffd5b853594506020860135935060408601356001600160401b038111156125f4575f5ffd5b5f5f6040838503121561267f575f5ffd5b8235915060208301356124ab81612516565b600381106126ad57634e487b7160e01b5f52602160045260245ffd5b9052565b5f60a0830160ff835116845260208301516126d0602086018251612691565b60018060a01b03602082015116604086015261ffff604082015116606086015250604083015160a0608086015281815180845260c08701915060c08160051b88010193506020830192505f5b818110156127a75787850360bf19018352835180516001600160a01b03168652602080820151818801526040918201516060928801839052805192880183905201905f9060808801905b8083101561278f5763ffffffff8451168252602082019150602084019350600183019250612766565b5096505050602093840193929092019160010161271c565b50929695505050505050565b838152606060208201525f83518060608401528060208601608085015e5f60808285010152601f19601f820116830190506080838203016040840152610eac60808201856126b1565b60ff811681146119c2575f5ffd5b5f5f6040838503121561281b575f5ffd5b8235915060208301356124ab816127fc565b61ffff811681146119c2575f5ffd5b5f6020828403121561284c575f5ffd5b81356112cf8161282d565b5f5f5f60408486031215612869575f5ffd5b8335925060208401356001600160401b03811115612885575f5ffd5b8401601f81018613612895575f5ffd5b80356001600160401b038111156128aa575f5ffd5b8660208260051b84010111156128be575f5ffd5b939660209190910195509293505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761080f5761080f6128cf565b8082018082111561080f5761080f6128cf565b5f6001820161291e5761291e6128cf565b5060010190565b600181811c9082168061293957607f821691505b6020821081036125b057634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b038111828210171561298d5761298d612957565b60405290565b604051601f8201601f191681016001600160401b03811182821017156129bb576129bb612957565b604052919050565b600381106119c2575f5ffd5b5f6001600160401b038211156129e7576129e7612957565b5060051b60200190565b5f82601f830112612a00575f5ffd5b8151612a13612a0e826129cf565b612993565b8082825260208201915060208360051b860101925085831115612a34575f5ffd5b602085015b83811015610e8b5780516001600160401b03811115612a56575f5ffd5b86016060818903601f19011215612a6b575f5ffd5b612a7361296b565b6020820151612a8181612474565b81526040820151602082015260608201516001600160401b03811115612aa5575f5ffd5b60208184010192505088601f830112612abc575f5ffd5b8151612aca612a0e826129cf565b8082825260208201915060208360051b86010192508b831115612aeb575f5ffd5b6020850194505b82851015612b16578451612b0581612516565b825260209485019490910190612af2565b6040840152505084525060209283019201612a39565b5f60208284031215612b3c575f5ffd5b81516001600160401b03811115612b51575f5ffd5b820180840360a0811215612b63575f5ffd5b612b6b61296b565b8251612b76816127fc565b81526060601f1983011215612b89575f5ffd5b612b9161296b565b91506020830151612ba1816129c3565b82526040830151612bb181612474565b60208301526060830151612bc48161282d565b604083015260208101919091526080820151906001600160401b03821115612bea575f5ffd5b612bf6868385016129f1565b604082015295945050505050565b63ffffffff818116838216019081111561080f5761080f6128cf565b6001600160401b03818116838216019081111561080f5761080f6128cf565b6001600160a01b03851681526080602082018190525f90612c62908301866126b1565b905083604083015263ffffffff8316606083015295945050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112612ca8575f5ffd5b83016020810192503590506001600160401b03811115612cc6575f5ffd5b8060051b3603821315612599575f5ffd5b602081525f60c082018335612ceb816127fc565b60ff81166020850152506020840135612d03816129c3565b612d106040850182612691565b506040840135612d1f81612474565b6001600160a01b0316606084810191909152840135612d3d8161282d565b61ffff8116608085015250612d556080850185612c93565b60a0808601528281845260e08601905060e08260051b8701019350825f605e19853603015b84821015612e295788870360df190184528235818112612d98575f5ffd5b8601606088018135612da981612474565b6001600160a01b03168952602082810135908a0152612dcb6040830183612c93565b606060408c0152918290529091505f60808a015b83821015612e0d578235612df281612516565b63ffffffff1681526020928301926001929092019101612ddf565b9950505060209485019493909301925060019190910190612d7a565b509498975050505050505050565b5f63ffffffff821663ffffffff8103612e5257612e526128cf565b60010192915050565b601f82111561087257805f5260205f20601f840160051c81016020851015612e805750805b601f840160051c820191505b81811015612e9f575f8155600101612e8c565b5050505050565b6001600160401b03831115612ebd57612ebd612957565b612ed183612ecb8354612925565b83612e5b565b5f601f841160018114612f02575f8515612eeb5750838201355b5f19600387901b1c1916600186901b178355612e9f565b5f83815260208120601f198716915b82811015612f315786850135825560209485019460019092019101612f11565b5086821015612f4d575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81516001600160401b03811115612f7857612f78612957565b612f8c81612f868454612925565b84612e5b565b6020601f821160018114612fbe575f8315612fa75750848201515b5f19600385901b1c1916600184901b178455612e9f565b5f84815260208120601f198516915b82811015612fed5787850151825560209485019460019092019101612fcd565b508482101561300a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b83815260406020820152816040820152818360608301375f818301606090810191909152601f909201601f1916010192915050565b8181038181111561080f5761080f6128cf565b5f8261307b57634e487b7160e01b5f52601260045260245ffd5b50049056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x02)W_5`\xE0\x1C\x80ci:\xE3\n\x11a\x01*W\x80c\xA8\x1B/\x8D\x11a\0\xB4W\x80c\xD2\xCA!\x15\x11a\0yW\x80c\xD2\xCA!\x15\x14a\x07mW\x80c\xD5Gt\x1F\x14a\x07\x93W\x80c\xE4F\x7F5\x14a\x07\xA6W\x80c\xF0\xF4B`\x14a\x07\xB9W\x80c\xFFH\xCB\xEF\x14a\x07\xCCW__\xFD[\x80c\xA8\x1B/\x8D\x14a\x06\x02W\x80c\xA8:\r0\x14a\x07!W\x80c\xBB\xF6\xDF9\x14a\x07,W\x80c\xC9\xBB\x1AH\x14a\x07?W\x80c\xD1\x13\xB9\\\x14a\x07eW__\xFD[\x80c\x8D\xF0\x8B\xD4\x11a\0\xFAW\x80c\x8D\xF0\x8B\xD4\x14a\x05\x9EW\x80c\x91\xD1HT\x14a\x05\xC6W\x80c\x94\xE1\x13\xEA\x14a\x05\xD9W\x80c\xA0b\x064\x14a\x05\xF3W\x80c\xA2\x17\xFD\xDF\x14a\x05\xFBW__\xFD[\x80ci:\xE3\n\x14a\x05MW\x80cj\xF2\xA6\x88\x14a\x05oW\x80cwYR\xC6\x14a\x05xW\x80c\x807U\x9E\x14a\x05\x8BW__\xFD[\x80c=M\x8DO\x11a\x01\xB6W\x80cF\xBF\xE4\x82\x11a\x01{W\x80cF\xBF\xE4\x82\x14a\x03\xE8W\x80cTi\xF0\xF2\x14a\x03\xFBW\x80cT\xA4\xD0\xEE\x14a\x05!W\x80c]\x04\xD4\xC6\x14a\x054W\x80ca\xD0'\xB3\x14a\x05<W__\xFD[\x80c=M\x8DO\x14a\x03sW\x80c=\x88\x86\xF1\x14a\x03\x86W\x80c>\x94\xA9U\x14a\x03\x99W\x80c@\xE5\x8E\xE5\x14a\x03\xC2W\x80cE>U]\x14a\x03\xD5W__\xFD[\x80c//\xF1]\x11a\x01\xFCW\x80c//\xF1]\x14a\x02\xDDW\x80c1J\x05\x1C\x14a\x02\xF2W\x80c5e\x9F\xB8\x14a\x030W\x80c6V\x8A\xBE\x14a\x03QW\x80c9\x13\xFE\xDA\x14a\x03dW__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x02-W\x80c\n%F@\x14a\x02UW\x80c\x14>U\xE0\x14a\x02sW\x80c$\x8A\x9C\xA3\x14a\x02\xADW[__\xFD[a\x02@a\x02;6`\x04a$6V[a\x07\xDFV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x02^a\x02\x08\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02LV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02LV[a\x02\xCFa\x02\xBB6`\x04a$]V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x02LV[a\x02\xF0a\x02\xEB6`\x04a$\x88V[a\x08\x15V[\0[a\x02@a\x03\x006`\x04a$\x88V[_\x91\x82R`\x06` \x90\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 Td\xFF\xFF\xFF\xFF\xFF\x16B\x10\x90V[`\x01T`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02LV[a\x02\xF0a\x03_6`\x04a$\x88V[a\x08?V[a\x02\xCFg\r\xE0\xB6\xB3\xA7d\0\0\x81V[a\x02\xCFa\x03\x816`\x04a$\xB6V[a\x08wV[a\x02\xF0a\x03\x946`\x04a$\xECV[a\t_V[a\x03\xACa\x03\xA76`\x04a%'V[a\t\xD3V[`@Qd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02LV[a\x02\xCFa\x03\xD06`\x04a$]V[a\x0C\x8EV[a\x02\xCFa\x03\xE36`\x04a%\xB6V[a\x0E\x0CV[a\x02^a\x03\xF66`\x04a&7V[a\x0E\x95V[a\x04\xBEa\x04\t6`\x04a$\x88V[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83R`\x01`(\x1B\x82\x04\x16\x92\x82\x01\x92\x90\x92R`\x01`\x01``\x1B\x03`\x01`P\x1B\x83\x04\x16\x92\x81\x01\x92\x90\x92R`\xFF`\x01`\xB0\x1B\x82\x04\x16\x15\x15``\x83\x01R`\x01`\x01`H\x1B\x03`\x01`\xB8\x1B\x90\x91\x04\x16`\x80\x82\x01R\x92\x91PPV[`@Qa\x02L\x91\x90_`\xA0\x82\x01\x90Pd\xFF\xFF\xFF\xFF\xFF\x83Q\x16\x82Rd\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`\x01`\x01``\x1B\x03`@\x84\x01Q\x16`@\x83\x01R``\x83\x01Q\x15\x15``\x83\x01R`\x01`\x01`H\x1B\x03`\x80\x84\x01Q\x16`\x80\x83\x01R\x92\x91PPV[a\x03\xACa\x05/6`\x04a%'V[a\x0E\xB6V[`\x02Ta\x02\xCFV[`\x01T`\x01`\x01`\xA0\x1B\x03\x16a\x02\x95V[a\x05`a\x05[6`\x04a&nV[a\x10\xA2V[`@Qa\x02L\x93\x92\x91\x90a'\xB3V[a\x02\xCFa\x0E\x10\x81V[a\x02\xCFa\x05\x866`\x04a$\x88V[a\x12CV[a\x02\xF0a\x05\x996`\x04a(\nV[a\x12\xD6V[a\x02\xCFa\x05\xAC6`\x04a$\xB6V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x07` R`@\x90 T\x90V[a\x02@a\x05\xD46`\x04a$\x88V[a\x14\xCAV[a\x05\xE1`\x05\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02LV[`\x03Ta\x02\xCFV[a\x02\xCF_\x81V[a\x06\xBAa\x06\x106`\x04a$]V[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x90\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x81\x16\x82R`\x01`\xA0\x1B\x90\x04`\x01`\x01``\x1B\x03\x16\x92\x81\x01\x92\x90\x92R`\x01\x01Tc\xFF\xFF\xFF\xFF\x80\x82\x16\x93\x83\x01\x93\x90\x93Rd\x01\0\0\0\0\x81\x04\x90\x92\x16``\x82\x01Rh\x01\0\0\0\0\0\0\0\0\x90\x91\x04`\x01`\x01`@\x1B\x03\x16`\x80\x82\x01R\x90V[`@Qa\x02L\x91\x90_`\xA0\x82\x01\x90P`\x01\x80`\xA0\x1B\x03\x83Q\x16\x82R`\x01`\x01``\x1B\x03` \x84\x01Q\x16` \x83\x01Rc\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`@\x83\x01Rc\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R`\x01`\x01`@\x1B\x03`\x80\x84\x01Q\x16`\x80\x83\x01R\x92\x91PPV[a\x02\xCFc\x01\xE13\x80\x81V[a\x02\xF0a\x07:6`\x04a$]V[a\x14\xF2V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x02\x95V[a\x02\xCFa\x16\x8BV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x02\xCFV[a\x02\xF0a\x07\xA16`\x04a$\x88V[a\x176V[a\x02\xF0a\x07\xB46`\x04a(<V[a\x17ZV[a\x02\xF0a\x07\xC76`\x04a$\xB6V[a\x17qV[a\x02\xCFa\x07\xDA6`\x04a(WV[a\x17\x84V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x08\x0FWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x08/\x81a\x19\xB8V[a\x089\x83\x83a\x19\xC5V[PPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x08hW`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x08r\x82\x82a\x1ATV[PPPV[_`\x01`\x01`\xA0\x1B\x03\x82\x16a\x08\x9FW`@Qc\riGi`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P3_\x90\x81R`\x07` R`@\x81 T\x90\x81\x90\x03a\x08\xD7W`@QcK\xAE\xF5\xCD`\xE1\x1B\x81R3`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x07` R`@\x81 Ua\t\x1A\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x83\x83a\x1A\xBDV[`@Q\x81\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x903\x90\x7F\x0C\x85\x84\xDF\n7T\x8F&dLA\x80\x9E_\x90\x8BX\xE8\x88\x8D\xD4Ai\x1E\x8A!t\xEC\x89\xF3\x05\x90` \x01`@Q\x80\x91\x03\x90\xA3\x91\x90PV[a\th\x82a\x1B\x1CV[_\x82\x81R`\x04` \x90\x81R`@\x91\x82\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1B`\x01`\x01``\x1B\x03\x86\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U\x91Q\x91\x82R\x83\x91\x7F\xDE\xA6\xBE\xD8\x98\xB6&\xA2K\xDF\x8D4+\x99\x8B8\xFB\xC7\xA1\\)\r\xF4R\xC3Y\x19\xA2\xAF\xF7\x11\xFD\x91\x01`@Q\x80\x91\x03\x90\xA2PPV[___a\t\xE1\x86\x86\x86a\x1B\x94V[_\x88\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84R`\x01`(\x1B\x83\x04\x90\x91\x16\x93\x83\x01\x93\x90\x93R`\x01`P\x1B\x81\x04`\x01`\x01``\x1B\x03\x16\x93\x82\x01\x93\x90\x93R`\x01`\xB0\x1B\x83\x04`\xFF\x16\x15\x15``\x82\x01R`\x01`\xB8\x1B\x90\x92\x04`\x01`\x01`H\x1B\x03\x16`\x80\x83\x01R\x92\x94P\x90\x92P\x90B\x10\x15a\n\x9FW\x80Q`@Qc5b\xDC\x85`\xE2\x1B\x81R`\x04\x81\x01\x89\x90R3`$\x82\x01Rd\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`D\x82\x01R`d\x01a\x08\xCEV[`@\x81\x01Q`\x01`\x01``\x1B\x03\x16\x15a\n\xC0Wa\n\xBE\x873\x85\x84a\x1CdV[P[___a\n\xCD\x85\x8Aa\x1D|V[\x91\x94P\x92P\x90Pa\x0B\x16a\x0B\x07\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x8C\x16a(\xE3V[a\x0B\x11\x90Ba(\xFAV[a\x1D\xD4V[\x96P`@Q\x80`\xA0\x01`@R\x80\x88d\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01Bd\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x0BF\x84a\x1E\tV[`\x01`\x01``\x1B\x03\x16\x81R` \x01_\x15\x15\x81R` \x01a\x0Bf_\x86a\x1E<V[`\x01`\x01`H\x1B\x03\x90\x81\x16\x90\x91R_\x8C\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x84Q\x81T\x92\x86\x01Q\x93\x86\x01Q``\x87\x01Q`\x80\x90\x97\x01Q\x90\x95\x16`\x01`\xB8\x1B\x02`\x01`\x01`\xB8\x1B\x03\x96\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19`\x01`\x01``\x1B\x03\x90\x97\x16`\x01`P\x1B\x02\x96\x90\x96\x16`\x01`P\x1B`\x01`\xB8\x1B\x03\x19d\xFF\xFF\xFF\xFF\xFF\x96\x87\x16`\x01`(\x1B\x02i\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x96\x16\x96\x90\x93\x16\x95\x90\x95\x17\x93\x90\x93\x17\x16\x92\x90\x92\x17\x92\x90\x92\x17\x92\x90\x92\x16\x17\x90Ua\x0C(\x83a\x1EwV[`@\x80Qc\xFF\xFF\xFF\xFF\x8B\x16\x81Rd\xFF\xFF\xFF\xFF\xFF\x89\x16` \x82\x01R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R3\x90\x8B\x90\x7F\xF6\xCA&8v\xFC\xAF\x1B\x9D{\0~\x1F\xFEa'\xBB9\x9B\x08?\xD0\xB8\xB3\xA0-\x18\\vN\xA8r\x90`\x80\x01[`@Q\x80\x91\x03\x90\xA3PPPPPP\x93\x92PPPV[__a\x0C\x9A\x833a\x1E\xB2V[_\x84\x81R`\x04` R`@\x90 T\x90\x91Pa\x0C\xC2\x90\x84\x903\x90`\x01`\x01`\xA0\x1B\x03\x16\x84a\x1CdV[P`@\x80\x82\x01\x80Q_\x80\x83R` \x80\x86\x01\x80Qd\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x88R\x89\x84R`\x06\x83R\x86\x84 3\x85R\x90\x92R\x94\x90\x91 \x85Q\x81T\x95Q\x94Q``\x88\x01Q`\x80\x89\x01Q`\x01`\x01`H\x1B\x03\x16`\x01`\xB8\x1B\x02`\x01`\x01`\xB8\x1B\x03\x91\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19`\x01`\x01``\x1B\x03\x94\x85\x16`\x01`P\x1B\x02\x16`\x01`P\x1B`\x01`\xB8\x1B\x03\x19\x99\x88\x16`\x01`(\x1B\x02i\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x9B\x16\x95\x90\x97\x16\x94\x90\x94\x17\x98\x90\x98\x17\x96\x90\x96\x16\x93\x90\x93\x17\x17\x93\x90\x93\x16\x93\x90\x93\x17\x90\x91U\x16\x91P\x81\x15a\r\xBFWa\r\xBF`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x84a\x1A\xBDV[\x80Q`@\x80Qd\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x82R` \x82\x01\x84\x90R3\x91\x85\x91\x7F\xB4\x8F{\xE6[\x15\xA4\xCC\xF3j1U\x044\"\x8C\xEA\xE0\xDC\x17\xC6.\x15\x96\x80BEcgh\xC7\xF2\x91\x01`@Q\x80\x91\x03\x90\xA3P\x91\x90PV[_`\x03_\x81Ta\x0E\x1B\x90a)\rV[\x91\x82\x90UP_\x81\x81R`\x04` \x90\x81R`@\x91\x82\x90 `\x01`\x01``\x1B\x03\x8A\x16`\x01`\xA0\x1B\x81\x023\x90\x81\x17\x90\x92U\x92Q\x92\x83R\x92\x93P\x83\x91\x7FJj6x\0\"\xAD\xD9\xB5\xC8\xA6YY\xC3@O9\x94\xDC\0\xF9\xBC\xF7\x08\xCBK\xCDnb%{\x8E\x91\x01`@Q\x80\x91\x03\x90\xA3a\x0E\x8B\x81\x86\x86\x86\x86a\x1F\x95V[P\x95\x94PPPPPV[_a\x0E\x9F\x86a\x1B\x1CV[a\x0E\xAC\x86\x86\x86\x86\x86a\x1F\x95V[\x96\x95PPPPPPV[___a\x0E\xC4\x86\x86\x86a\x1B\x94V[\x91P\x91P_a\x0E\xD3\x873a\x1E\xB2V[\x90Pa\x0E\xE1\x873\x85\x84a\x1CdV[P___a\x0E\xEF\x85\x8Aa\x1D|V[\x91\x94P\x92P\x90Pa\x0F<a\x0F)\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x8C\x16a(\xE3V[\x85Qa\x0B\x11\x91\x90d\xFF\xFF\xFF\xFF\xFF\x16a(\xFAV[d\xFF\xFF\xFF\xFF\xFF\x81\x16\x85R`@\x85\x01Q\x90\x97Pa\x0Fk\x90a\x0Ff\x90\x84\x90`\x01`\x01``\x1B\x03\x16a(\xFAV[a\x1E\tV[`\x01`\x01``\x1B\x03\x16`@\x85\x01R`\x80\x84\x01Qa\x0F\x88\x90\x84a\x1E<V[`\x01`\x01`H\x1B\x03\x90\x81\x16`\x80\x86\x01\x90\x81R_\x8C\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x91\x82\x90 \x88Q\x81T\x92\x8A\x01Q\x93\x8A\x01Q``\x8B\x01Q\x95Q\x90\x96\x16`\x01`\xB8\x1B\x02`\x01`\x01`\xB8\x1B\x03\x95\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19`\x01`\x01``\x1B\x03\x90\x98\x16`\x01`P\x1B\x02\x97\x90\x97\x16`\x01`P\x1B`\x01`\xB8\x1B\x03\x19d\xFF\xFF\xFF\xFF\xFF\x96\x87\x16`\x01`(\x1B\x02i\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x96\x16\x96\x90\x93\x16\x95\x90\x95\x17\x93\x90\x93\x17\x16\x92\x90\x92\x17\x93\x90\x93\x17\x91\x90\x91\x16\x91\x90\x91\x17\x90Ua\x10M\x83a\x1EwV[`@\x80Qc\xFF\xFF\xFF\xFF\x8B\x16\x81Rd\xFF\xFF\xFF\xFF\xFF\x89\x16` \x82\x01R\x90\x81\x01\x84\x90R``\x81\x01\x82\x90R3\x90\x8B\x90\x7F\xA9\xC1\x17\xACT\x0E\x90}=\xFD\xA9\tE}\xCE\xF9\xC4\x07Vxa\xAFf\xC9T\xF5\xF1(b]u\xDD\x90`\x80\x01a\x0CyV[`@\x80Q``\x81\x81\x01\x83R_\x80\x83R\x83Q\x80\x83\x01\x85R\x81\x81R` \x80\x82\x01\x83\x90R\x81\x86\x01\x83\x90R\x84\x01R\x92\x82\x01\x81\x90R\x90_\x85\x81R`\x05` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x90\x91R\x90 \x80T`\x01\x82\x01\x80T\x91\x95P\x90a\x11\x06\x90a)%V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x112\x90a)%V[\x80\x15a\x11}W\x80`\x1F\x10a\x11TWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x11}V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x11`W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x92P\x80`\x02\x01\x80Ta\x11\x93\x90a)%V[\x15\x90Pa\x12;W\x80`\x02\x01\x80Ta\x11\xA9\x90a)%V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x11\xD5\x90a)%V[\x80\x15a\x12 W\x80`\x1F\x10a\x11\xF7Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x12 V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x12\x03W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x80` \x01\x90Q\x81\x01\x90a\x128\x91\x90a+,V[\x91P[P\x92P\x92P\x92V[_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x80\x83 \x81Q`\xA0\x81\x01\x83R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83R`\x01`(\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\x01`P\x1B\x83\x04`\x01`\x01``\x1B\x03\x16\x91\x81\x01\x91\x90\x91R`\x01`\xB0\x1B\x82\x04`\xFF\x16\x15\x15``\x82\x01R`\x01`\xB8\x1B\x90\x91\x04`\x01`\x01`H\x1B\x03\x16`\x80\x82\x01Ra\x12\xCF\x90a \xFBV[\x93\x92PPPV[`\xFF\x81\x16\x15\x80a\x12\xE9WP`\x05`\xFF\x82\x16\x11[\x15a\x13\x13W`@Qc\xE0\x07J\x8F`\xE0\x1B\x81R`\xFF\x82\x16`\x04\x82\x01R`\x05`$\x82\x01R`D\x01a\x08\xCEV[_a\x13\x1E\x833a\x1E\xB2V[\x90P\x80``\x01Q\x15a\x13OW`@Q`\x01b\nMo`\xE4\x1B\x03\x19\x81R`\x04\x81\x01\x84\x90R3`$\x82\x01R`D\x01a\x08\xCEV[g\r\xE0\xB6\xB3\xA7d\0\0\x81`\x80\x01Q`\x01`\x01`H\x1B\x03\x16\x10\x15a\x13\xB1W`\x80\x81\x01Q`@Qc+\xF5s?`\xE2\x1B\x81R`\x04\x81\x01\x85\x90R3`$\x82\x01R`\x01`\x01`H\x1B\x03\x90\x91\x16`D\x82\x01Rg\r\xE0\xB6\xB3\xA7d\0\0`d\x82\x01R`\x84\x01a\x08\xCEV[_\x83\x81R`\x06` \x90\x81R`@\x80\x83 3\x84R\x82R\x80\x83 \x80T`\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x17\x90U\x85\x83R`\x04\x91\x82\x90R\x90\x91 `\x01\x81\x81\x01\x80T\x92\x93\x91\x92\x90\x91\x90a\x14\x0E\x90\x84\x90c\xFF\xFF\xFF\xFFd\x01\0\0\0\0\x90\x91\x04\x16a,\x04V[\x92Pa\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\xFF\x16\x81`\x01\x01`\x08\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`@\x1B\x03\x16a\x14U\x91\x90a, V[\x92Pa\x01\0\n\x81T\x81`\x01`\x01`@\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`@\x1B\x03\x16\x02\x17\x90UP3`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F\xB7\xC3S\xD7v\xEB%$\x1E\xAE\x15\x12\xB1\xC9\xF25\x14\x1A\x91\xA7\x8B\x14\xC7\xB0\xB5\xC9\x02\xD3\xEF\x1E\xBD\xD3\x85`@Qa\x14\xBC\x91\x90`\xFF\x91\x90\x91\x16\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3PPPPV[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[a\x14\xFC\x813a\x1E\xB2V[P_\x81\x81R`\x04` \x90\x81R`@\x80\x83 `\x01\x01T`\x05\x83R\x81\x84 c\xFF\xFF\xFF\xFF\x90\x91\x16\x80\x85R\x92R\x82 `\x02\x01\x80T\x91\x92\x91a\x158\x90a)%V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x15d\x90a)%V[\x80\x15a\x15\xAFW\x80`\x1F\x10a\x15\x86Wa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x15\xAFV[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x15\x92W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x80` \x01\x90Q\x81\x01\x90a\x15\xC7\x91\x90a+,V[`@Qc5\xC2u/`\xE1\x1B\x81R\x90\x91P`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90ck\x84\xEA^\x90a\x16\x1C\x903\x90\x85\x90\x88\x90\x88\x90`\x04\x01a,?V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x163W__\xFD[PZ\xF1\x15\x80\x15a\x16EW=__>=_\xFD[PP`@Qc\xFF\xFF\xFF\xFF\x85\x16\x81R3\x92P\x85\x91P\x7F\n5e\x0F\xA8\xE2\xE1\xB3\x0Fbk\x1C\x15zuX4\xF9#N+\xB6W\xA3J\xD2\xE2\t\xD2\\\x85\xC3\x90` \x01`@Q\x80\x91\x03\x90\xA3PPPV[`\x02T_\x81\x90\x03a\x16\xAFW`@Qc\xCC\xC5\xB1\xBF`\xE0\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_`\x02U`\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16\x90a\x16\xEF\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x82\x84a\x1A\xBDV[\x80`\x01`\x01`\xA0\x1B\x03\x16\x7F\xB6\xC8\x1BRn\x1B\xD5Z8E\xD8\xCA\xA6\xFE\x0C\x1C\xE8{<\x9ESN\xECC\xF4;<\x18I\xD4\xE2\xE8\x83`@Qa\x17*\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2P\x90V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x17P\x81a\x19\xB8V[a\x089\x83\x83a\x1ATV[_a\x17d\x81a\x19\xB8V[a\x17m\x82a!\x0CV[PPV[_a\x17{\x81a\x19\xB8V[a\x17m\x82a!\x97V[_\x83\x81R`\x04` R`@\x81 T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x17\xBCW`@Qc\x16:k\x0F`\xE1\x1B\x81R`\x04\x81\x01\x86\x90R`$\x01a\x08\xCEV[_[\x83\x81\x10\x15a\x19\xAFW_\x86\x81R`\x06` R`@\x81 \x81\x87\x87\x85\x81\x81\x10a\x17\xE6Wa\x17\xE6a,\x7FV[\x90P` \x02\x01` \x81\x01\x90a\x17\xFB\x91\x90a$\xB6V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q`\xA0\x81\x01\x83R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83R`\x01`(\x1B\x82\x04\x16\x93\x82\x01\x93\x90\x93R`\x01`P\x1B\x83\x04`\x01`\x01``\x1B\x03\x16\x91\x81\x01\x91\x90\x91R`\x01`\xB0\x1B\x82\x04`\xFF\x16\x15\x15``\x82\x01R`\x01`\xB8\x1B\x90\x91\x04`\x01`\x01`H\x1B\x03\x16`\x80\x82\x01R\x90Pa\x18\xAC\x87\x87\x87\x85\x81\x81\x10a\x18\x90Wa\x18\x90a,\x7FV[\x90P` \x02\x01` \x81\x01\x90a\x18\xA5\x91\x90a$\xB6V[\x85\x84a\x1CdV[a\x18\xB6\x90\x85a(\xFAV[_\x88\x81R`\x06` R`@\x81 \x91\x95P\x82\x91\x90\x88\x88\x86\x81\x81\x10a\x18\xDBWa\x18\xDBa,\x7FV[\x90P` \x02\x01` \x81\x01\x90a\x18\xF0\x91\x90a$\xB6V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x83Q\x81T\x93\x85\x01Q\x92\x85\x01Q``\x86\x01Q`\x80\x90\x96\x01Q`\x01`\x01`H\x1B\x03\x16`\x01`\xB8\x1B\x02`\x01`\x01`\xB8\x1B\x03\x96\x15\x15`\x01`\xB0\x1B\x02`\xFF`\xB0\x1B\x19`\x01`\x01``\x1B\x03\x90\x93\x16`\x01`P\x1B\x02\x92\x90\x92\x16`\x01`P\x1B`\x01`\xB8\x1B\x03\x19d\xFF\xFF\xFF\xFF\xFF\x96\x87\x16`\x01`(\x1B\x02i\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\x90\x98\x16\x96\x90\x94\x16\x95\x90\x95\x17\x95\x90\x95\x17\x91\x90\x91\x16\x92\x90\x92\x17\x91\x90\x91\x17\x92\x90\x92\x16\x17\x90UP`\x01\x01a\x17\xBEV[PP\x93\x92PPPV[a\x19\xC2\x813a\"\x07V[PV[_a\x19\xD0\x83\x83a\x14\xCAV[a\x1AMW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\x1A\x053\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x08\x0FV[P_a\x08\x0FV[_a\x1A_\x83\x83a\x14\xCAV[\x15a\x1AMW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\x08\x0FV[`@Q`\x01`\x01`\xA0\x1B\x03\x83\x81\x16`$\x83\x01R`D\x82\x01\x83\x90Ra\x08r\x91\x85\x91\x82\x16\x90c\xA9\x05\x9C\xBB\x90`d\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x91P`\xE0\x1B` \x82\x01\x80Q`\x01`\x01`\xE0\x1B\x03\x83\x81\x83\x16\x17\x83RPPPPa\"@V[_\x81\x81R`\x04` R`@\x90 T`\x01`\x01`\xA0\x1B\x03\x16\x80a\x1BTW`@Qc\x16:k\x0F`\xE1\x1B\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08\xCEV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x17mW`@QbW\x9E=`\xE6\x1B\x81R`\x04\x81\x01\x83\x90R3`$\x82\x01R`\x01`\x01`\xA0\x1B\x03\x82\x16`D\x82\x01R`d\x01a\x08\xCEV[_\x83\x81R`\x04` R`@\x90 \x80T`\x01`\x01`\xA0\x1B\x03\x81\x16\x91`\x01`\xA0\x1B\x90\x91\x04`\x01`\x01``\x1B\x03\x16\x90\x82a\x1B\xE1W`@Qc\x16:k\x0F`\xE1\x1B\x81R`\x04\x81\x01\x87\x90R`$\x01a\x08\xCEV[c\xFF\xFF\xFF\xFF\x85\x16\x15\x80a\x1B\xFBWPa\x02\x08c\xFF\xFF\xFF\xFF\x86\x16\x11[\x15a\x1C)W`@Qc\x84\xBC\xF4\xD5`\xE0\x1B\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01Ra\x02\x08`$\x82\x01R`D\x01a\x08\xCEV[\x83\x82\x11\x15a\x1C[W`@Qcs\xDA\"\xE9`\xE0\x1B\x81R`\x04\x81\x01\x87\x90R`$\x81\x01\x83\x90R`D\x81\x01\x85\x90R`d\x01a\x08\xCEV[P\x93P\x93\x91PPV[__a\x1Co\x83a\"\xACV[\x90\x92P\x90P_\x81\x90\x03a\x1C\x85W_\x91PPa\x1DtV[a\x1C\xAF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82a(\xE3V[\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16a\x1C\xC5\x91\x90a(\xFAV[d\xFF\xFF\xFF\xFF\xFF\x16` \x84\x01R_\x82\x90\x03a\x1C\xE2W_\x91PPa\x1DtV[`@\x83\x81\x01\x80Q\x84\x90\x03`\x01`\x01``\x1B\x03\x16\x90R`\x01`\x01`\xA0\x1B\x03\x85\x16_\x90\x81R`\x07` R\x90\x81 \x80T\x84\x92\x90a\x1D\x1D\x90\x84\x90a(\xFAV[\x92PP\x81\x90UP\x83`\x01`\x01`\xA0\x1B\x03\x16\x85`\x01`\x01`\xA0\x1B\x03\x16\x87\x7F#\xD3\x8A\xEA\xDA\xDB[%\xE6Cl{\ro\xCD\xC7\xD4\x08\xB6\t\xD4\xF1\xCE\t\\\xFFk\xBB\xF9\xAC\xC4\x1E\x85`@Qa\x1Dj\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA4P[\x94\x93PPPPV[_\x80\x80a\x1D\x8Fc\xFF\xFF\xFF\xFF\x85\x16\x86a(\xE3V[`\x01T\x90\x93Pa\x1D\xAB\x90\x84\x90`\x01`\xA0\x1B\x90\x04a\xFF\xFF\x16a#\xCFV[\x90\x92P\x90P\x80\x15a\x1D\xCDW\x80`\x02_\x82\x82Ta\x1D\xC7\x91\x90a(\xFAV[\x90\x91UPP[\x92P\x92P\x92V[_d\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x1E\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R`(`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xCEV[P\x90V[_`\x01`\x01``\x1B\x03\x82\x11\x15a\x1E\x05W`@Qc\x06\xDF\xCCe`\xE4\x1B\x81R```\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xCEV[_\x80a\x1EQ\x83`\x01`\x01`H\x1B\x03\x86\x16a(\xFAV[\x90P`\x01`\x01`H\x1B\x03\x81\x11a\x1EgW\x80a\x1DtV[`\x01`\x01`H\x1B\x03\x94\x93PPPPV[\x80\x15a\x19\xC2Wa\x19\xC2`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x1630\x84a#\xFDV[`@\x80Q`\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x91\x90\x91RP_\x82\x81R`\x06` \x90\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x82R\x91\x82\x90 \x82Q`\xA0\x81\x01\x84R\x90Td\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84R`\x01`(\x1B\x83\x04\x90\x91\x16\x93\x83\x01\x93\x90\x93R`\x01`P\x1B\x81\x04`\x01`\x01``\x1B\x03\x16\x93\x82\x01\x93\x90\x93R`\x01`\xB0\x1B\x83\x04`\xFF\x16\x15\x15``\x82\x01R`\x01`\xB8\x1B\x90\x92\x04`\x01`\x01`H\x1B\x03\x16`\x80\x83\x01RB\x10a\x08\x0FW`@Qc|A\xEC\x91`\xE1\x1B\x81R`\x04\x81\x01\x84\x90R`\x01`\x01`\xA0\x1B\x03\x83\x16`$\x82\x01R`D\x01a\x08\xCEV[`@Qc\x1E\xF0\x1E\x11`\xE1\x1B\x81R_\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90c=\xE0<\"\x90a\x1F\xE3\x90\x85\x90`\x04\x01a,\xD7V[_`@Q\x80\x83\x03\x81\x86\x80;\x15\x80\x15a\x1F\xF9W__\xFD[PZ\xFA\x15\x80\x15a \x0BW=__>=_\xFD[PPP_\x87\x81R`\x04` R`@\x81 `\x01\x01\x80T\x90\x92Pa 2\x90c\xFF\xFF\xFF\xFF\x16a.7V[\x82Tc\xFF\xFF\xFF\xFF\x80\x83\x16a\x01\0\x94\x90\x94\n\x84\x81\x02\x91\x02\x19\x90\x91\x16\x17\x90\x92U_\x88\x81R`\x05` \x90\x81R`@\x80\x83 \x93\x83R\x92\x90R \x86\x81U\x90\x91P`\x01\x81\x01a |\x85\x87\x83a.\xA6V[P\x82`@Q` \x01a \x8E\x91\x90a,\xD7V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x81`\x02\x01\x90\x81a \xAD\x91\x90a/_V[P\x81c\xFF\xFF\xFF\xFF\x16\x87\x7F\xF8\x167&\x07\x1D\xE3ll\xD4\x02\x96\xE25\xB4r\0\xC8\x16Z\xE7\x07D\t\xB5\0\xBA\x01\x14\xB1\xB2\xB0\x88\x88\x88`@Qa \xE9\x93\x92\x91\x90a0\x19V[`@Q\x80\x91\x03\x90\xA3P\x95\x94PPPPPV[_a!\x05\x82a\"\xACV[P\x92\x91PPV[a\x07\xD0a\xFF\xFF\x82\x16\x11\x15a!AW`@Qc\xD0I\x9E\x9F`\xE0\x1B\x81Ra\xFF\xFF\x82\x16`\x04\x82\x01Ra\x07\xD0`$\x82\x01R`D\x01a\x08\xCEV[`\x01\x80Ta\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1Ba\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81R\x7F4N\xD1\xADM\xDD~c\xE0D\x03\x81\x1E8\x05\x88\x95\xEFzek\xF6\xD5\xB2]!\x9E\0\x83\xC2'\xE6\x90` \x01`@Q\x80\x91\x03\x90\xA1PV[`\x01`\x01`\xA0\x1B\x03\x81\x16a!\xBEW`@Qc\riGi`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x81\x17\x90\x91U`@Q\x7F<\x86EA\xEFq7\x8Cb)Q\x0E\xD9\x0F7ee\xEEB\xD9\xC5\xE0\x90J\x98J\x9E\x86>m\xB4O\x90_\x90\xA2PV[a\"\x11\x82\x82a\x14\xCAV[a\x17mW`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x08\xCEV[__` _\x84Q` \x86\x01_\x88Z\xF1\x80a\"_W`@Q=_\x82>=\x81\xFD[PP_Q=\x91P\x81\x15a\"vW\x80`\x01\x14\x15a\"\x83V[`\x01`\x01`\xA0\x1B\x03\x84\x16;\x15[\x15a\x089W`@QcRt\xAF\xE7`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x08\xCEV[___\x83` \x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80B\x10\x80a\"\xD3WP\x83Qd\xFF\xFF\xFF\xFF\xFF\x16\x81\x10\x15[\x15a\"\xE3WP_\x93\x84\x93P\x91PPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x86_\x01Qd\xFF\xFF\xFF\xFF\xFF\x16a#\x1B\x91\x90a0NV[a#%\x91\x90a0aV[\x85Q\x90\x91Pd\xFF\xFF\xFF\xFF\xFF\x16B\x10\x15a#}W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a#c\x83Ba0NV[a#m\x91\x90a0aV[a#x\x90`\x01a(\xFAV[a#\x7FV[\x80[\x92P\x80a#\x8C\x84\x82a0NV[\x86`@\x01Q`\x01`\x01``\x1B\x03\x16a#\xA4\x91\x90a(\xE3V[a#\xAE\x91\x90a0aV[\x85`@\x01Q`\x01`\x01``\x1B\x03\x16a#\xC6\x91\x90a0NV[\x93PPP\x91P\x91V[_\x80a'\x10a#\xDE\x84\x86a(\xE3V[a#\xE8\x91\x90a0aV[\x90Pa#\xF4\x81\x85a0NV[\x91P\x92P\x92\x90PV[`@Q`\x01`\x01`\xA0\x1B\x03\x84\x81\x16`$\x83\x01R\x83\x81\x16`D\x83\x01R`d\x82\x01\x83\x90Ra\x089\x91\x86\x91\x82\x16\x90c#\xB8r\xDD\x90`\x84\x01a\x1A\xEAV[_` \x82\x84\x03\x12\x15a$FW__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x12\xCFW__\xFD[_` \x82\x84\x03\x12\x15a$mW__\xFD[P5\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x19\xC2W__\xFD[__`@\x83\x85\x03\x12\x15a$\x99W__\xFD[\x825\x91P` \x83\x015a$\xAB\x81a$tV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a$\xC6W__\xFD[\x815a\x12\xCF\x81a$tV[\x805`\x01`\x01``\x1B\x03\x81\x16\x81\x14a$\xE7W__\xFD[\x91\x90PV[__`@\x83\x85\x03\x12\x15a$\xFDW__\xFD[\x825\x91Pa%\r` \x84\x01a$\xD1V[\x90P\x92P\x92\x90PV[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x19\xC2W__\xFD[___``\x84\x86\x03\x12\x15a%9W__\xFD[\x835\x92P` \x84\x015a%K\x81a%\x16V[\x92\x95\x92\x94PPP`@\x91\x90\x91\x015\x90V[__\x83`\x1F\x84\x01\x12a%lW__\xFD[P\x815`\x01`\x01`@\x1B\x03\x81\x11\x15a%\x82W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a%\x99W__\xFD[\x92P\x92\x90PV[_`\xA0\x82\x84\x03\x12\x15a%\xB0W__\xFD[P\x91\x90PV[_____`\x80\x86\x88\x03\x12\x15a%\xCAW__\xFD[a%\xD3\x86a$\xD1V[\x94P` \x86\x015\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a%\xF4W__\xFD[a&\0\x88\x82\x89\x01a%\\V[\x90\x94P\x92PP``\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a&\x1EW__\xFD[a&*\x88\x82\x89\x01a%\xA0V[\x91PP\x92\x95P\x92\x95\x90\x93PV[_____`\x80\x86\x88\x03\x12\x15a&KW__\xFD[\x855\x94P` \x86\x015\x93P`@\x86\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a%\xF4W__\xFD[__`@\x83\x85\x03\x12\x15a&\x7FW__\xFD[\x825\x91P` \x83\x015a$\xAB\x81a%\x16V[`\x03\x81\x10a&\xADWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x90RV[_`\xA0\x83\x01`\xFF\x83Q\x16\x84R` \x83\x01Qa&\xD0` \x86\x01\x82Qa&\x91V[`\x01\x80`\xA0\x1B\x03` \x82\x01Q\x16`@\x86\x01Ra\xFF\xFF`@\x82\x01Q\x16``\x86\x01RP`@\x83\x01Q`\xA0`\x80\x86\x01R\x81\x81Q\x80\x84R`\xC0\x87\x01\x91P`\xC0\x81`\x05\x1B\x88\x01\x01\x93P` \x83\x01\x92P_[\x81\x81\x10\x15a'\xA7W\x87\x85\x03`\xBF\x19\x01\x83R\x83Q\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x86R` \x80\x82\x01Q\x81\x88\x01R`@\x91\x82\x01Q``\x92\x88\x01\x83\x90R\x80Q\x92\x88\x01\x83\x90R\x01\x90_\x90`\x80\x88\x01\x90[\x80\x83\x10\x15a'\x8FWc\xFF\xFF\xFF\xFF\x84Q\x16\x82R` \x82\x01\x91P` \x84\x01\x93P`\x01\x83\x01\x92Pa'fV[P\x96PPP` \x93\x84\x01\x93\x92\x90\x92\x01\x91`\x01\x01a'\x1CV[P\x92\x96\x95PPPPPPV[\x83\x81R``` \x82\x01R_\x83Q\x80``\x84\x01R\x80` \x86\x01`\x80\x85\x01^_`\x80\x82\x85\x01\x01R`\x1F\x19`\x1F\x82\x01\x16\x83\x01\x90P`\x80\x83\x82\x03\x01`@\x84\x01Ra\x0E\xAC`\x80\x82\x01\x85a&\xB1V[`\xFF\x81\x16\x81\x14a\x19\xC2W__\xFD[__`@\x83\x85\x03\x12\x15a(\x1BW__\xFD[\x825\x91P` \x83\x015a$\xAB\x81a'\xFCV[a\xFF\xFF\x81\x16\x81\x14a\x19\xC2W__\xFD[_` \x82\x84\x03\x12\x15a(LW__\xFD[\x815a\x12\xCF\x81a(-V[___`@\x84\x86\x03\x12\x15a(iW__\xFD[\x835\x92P` \x84\x015`\x01`\x01`@\x1B\x03\x81\x11\x15a(\x85W__\xFD[\x84\x01`\x1F\x81\x01\x86\x13a(\x95W__\xFD[\x805`\x01`\x01`@\x1B\x03\x81\x11\x15a(\xAAW__\xFD[\x86` \x82`\x05\x1B\x84\x01\x01\x11\x15a(\xBEW__\xFD[\x93\x96` \x91\x90\x91\x01\x95P\x92\x93PPPV[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08\x0FWa\x08\x0Fa(\xCFV[\x80\x82\x01\x80\x82\x11\x15a\x08\x0FWa\x08\x0Fa(\xCFV[_`\x01\x82\x01a)\x1EWa)\x1Ea(\xCFV[P`\x01\x01\x90V[`\x01\x81\x81\x1C\x90\x82\x16\x80a)9W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a%\xB0WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@Q``\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a)\x8DWa)\x8Da)WV[`@R\x90V[`@Q`\x1F\x82\x01`\x1F\x19\x16\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a)\xBBWa)\xBBa)WV[`@R\x91\x90PV[`\x03\x81\x10a\x19\xC2W__\xFD[_`\x01`\x01`@\x1B\x03\x82\x11\x15a)\xE7Wa)\xE7a)WV[P`\x05\x1B` \x01\x90V[_\x82`\x1F\x83\x01\x12a*\0W__\xFD[\x81Qa*\x13a*\x0E\x82a)\xCFV[a)\x93V[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x85\x83\x11\x15a*4W__\xFD[` \x85\x01[\x83\x81\x10\x15a\x0E\x8BW\x80Q`\x01`\x01`@\x1B\x03\x81\x11\x15a*VW__\xFD[\x86\x01``\x81\x89\x03`\x1F\x19\x01\x12\x15a*kW__\xFD[a*sa)kV[` \x82\x01Qa*\x81\x81a$tV[\x81R`@\x82\x01Q` \x82\x01R``\x82\x01Q`\x01`\x01`@\x1B\x03\x81\x11\x15a*\xA5W__\xFD[` \x81\x84\x01\x01\x92PP\x88`\x1F\x83\x01\x12a*\xBCW__\xFD[\x81Qa*\xCAa*\x0E\x82a)\xCFV[\x80\x82\x82R` \x82\x01\x91P` \x83`\x05\x1B\x86\x01\x01\x92P\x8B\x83\x11\x15a*\xEBW__\xFD[` \x85\x01\x94P[\x82\x85\x10\x15a+\x16W\x84Qa+\x05\x81a%\x16V[\x82R` \x94\x85\x01\x94\x90\x91\x01\x90a*\xF2V[`@\x84\x01RPP\x84RP` \x92\x83\x01\x92\x01a*9V[_` \x82\x84\x03\x12\x15a+<W__\xFD[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a+QW__\xFD[\x82\x01\x80\x84\x03`\xA0\x81\x12\x15a+cW__\xFD[a+ka)kV[\x82Qa+v\x81a'\xFCV[\x81R```\x1F\x19\x83\x01\x12\x15a+\x89W__\xFD[a+\x91a)kV[\x91P` \x83\x01Qa+\xA1\x81a)\xC3V[\x82R`@\x83\x01Qa+\xB1\x81a$tV[` \x83\x01R``\x83\x01Qa+\xC4\x81a(-V[`@\x83\x01R` \x81\x01\x91\x90\x91R`\x80\x82\x01Q\x90`\x01`\x01`@\x1B\x03\x82\x11\x15a+\xEAW__\xFD[a+\xF6\x86\x83\x85\x01a)\xF1V[`@\x82\x01R\x95\x94PPPPPV[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x0FWa\x08\x0Fa(\xCFV[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x08\x0FWa\x08\x0Fa(\xCFV[`\x01`\x01`\xA0\x1B\x03\x85\x16\x81R`\x80` \x82\x01\x81\x90R_\x90a,b\x90\x83\x01\x86a&\xB1V[\x90P\x83`@\x83\x01Rc\xFF\xFF\xFF\xFF\x83\x16``\x83\x01R\x95\x94PPPPPV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[__\x835`\x1E\x19\x846\x03\x01\x81\x12a,\xA8W__\xFD[\x83\x01` \x81\x01\x92P5\x90P`\x01`\x01`@\x1B\x03\x81\x11\x15a,\xC6W__\xFD[\x80`\x05\x1B6\x03\x82\x13\x15a%\x99W__\xFD[` \x81R_`\xC0\x82\x01\x835a,\xEB\x81a'\xFCV[`\xFF\x81\x16` \x85\x01RP` \x84\x015a-\x03\x81a)\xC3V[a-\x10`@\x85\x01\x82a&\x91V[P`@\x84\x015a-\x1F\x81a$tV[`\x01`\x01`\xA0\x1B\x03\x16``\x84\x81\x01\x91\x90\x91R\x84\x015a-=\x81a(-V[a\xFF\xFF\x81\x16`\x80\x85\x01RPa-U`\x80\x85\x01\x85a,\x93V[`\xA0\x80\x86\x01R\x82\x81\x84R`\xE0\x86\x01\x90P`\xE0\x82`\x05\x1B\x87\x01\x01\x93P\x82_`^\x19\x856\x03\x01[\x84\x82\x10\x15a.)W\x88\x87\x03`\xDF\x19\x01\x84R\x825\x81\x81\x12a-\x98W__\xFD[\x86\x01``\x88\x01\x815a-\xA9\x81a$tV[`\x01`\x01`\xA0\x1B\x03\x16\x89R` \x82\x81\x015\x90\x8A\x01Ra-\xCB`@\x83\x01\x83a,\x93V[```@\x8C\x01R\x91\x82\x90R\x90\x91P_`\x80\x8A\x01[\x83\x82\x10\x15a.\rW\x825a-\xF2\x81a%\x16V[c\xFF\xFF\xFF\xFF\x16\x81R` \x92\x83\x01\x92`\x01\x92\x90\x92\x01\x91\x01a-\xDFV[\x99PPP` \x94\x85\x01\x94\x93\x90\x93\x01\x92P`\x01\x91\x90\x91\x01\x90a-zV[P\x94\x98\x97PPPPPPPPV[_c\xFF\xFF\xFF\xFF\x82\x16c\xFF\xFF\xFF\xFF\x81\x03a.RWa.Ra(\xCFV[`\x01\x01\x92\x91PPV[`\x1F\x82\x11\x15a\x08rW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a.\x80WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a.\x9FW_\x81U`\x01\x01a.\x8CV[PPPPPV[`\x01`\x01`@\x1B\x03\x83\x11\x15a.\xBDWa.\xBDa)WV[a.\xD1\x83a.\xCB\x83Ta)%V[\x83a.[V[_`\x1F\x84\x11`\x01\x81\x14a/\x02W_\x85\x15a.\xEBWP\x83\x82\x015[_\x19`\x03\x87\x90\x1B\x1C\x19\x16`\x01\x86\x90\x1B\x17\x83Ua.\x9FV[_\x83\x81R` \x81 `\x1F\x19\x87\x16\x91[\x82\x81\x10\x15a/1W\x86\x85\x015\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a/\x11V[P\x86\x82\x10\x15a/MW_\x19`\xF8\x88`\x03\x1B\x16\x1C\x19\x84\x87\x015\x16\x81U[PP`\x01\x85`\x01\x1B\x01\x83UPPPPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a/xWa/xa)WV[a/\x8C\x81a/\x86\x84Ta)%V[\x84a.[V[` `\x1F\x82\x11`\x01\x81\x14a/\xBEW_\x83\x15a/\xA7WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua.\x9FV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a/\xEDW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a/\xCDV[P\x84\x82\x10\x15a0\nW\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[\x83\x81R`@` \x82\x01R\x81`@\x82\x01R\x81\x83``\x83\x017_\x81\x83\x01``\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01`\x1F\x19\x16\x01\x01\x92\x91PPV[\x81\x81\x03\x81\x81\x11\x15a\x08\x0FWa\x08\x0Fa(\xCFV[_\x82a0{WcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V",
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
