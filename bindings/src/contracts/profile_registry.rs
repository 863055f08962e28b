///Module containing a contract's types and functions.
/**

```solidity
library IProfileRegistry {
    type GasPaymentMode is uint8;
    struct CrossChainRule { address token; uint256 threshold; uint32[] targets; }
    struct GasPayment { GasPaymentMode mode; address stablecoin; uint16 eraShareBps; }
    struct Profile { uint8 rollupKinds; GasPayment gas; CrossChainRule[] rules; }
    struct ProfileSource { uint256 configId; uint32 version; }
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
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct ProfileSource { uint256 configId; uint32 version; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileSource {
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ProfileSource> for UnderlyingRustTuple<'_> {
            fn from(value: ProfileSource) -> Self {
                (value.configId, value.version)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ProfileSource {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    configId: tuple.0,
                    version: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for ProfileSource {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for ProfileSource {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
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
        impl alloy_sol_types::SolType for ProfileSource {
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
        impl alloy_sol_types::SolStruct for ProfileSource {
            const NAME: &'static str = "ProfileSource";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "ProfileSource(uint256 configId,uint32 version)",
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
                        256,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.configId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.version)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for ProfileSource {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.configId,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.version,
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
                <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.configId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.version,
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
    struct ProfileSource {
        uint256 configId;
        uint32 version;
    }
}

interface ProfileRegistry {
    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error ProfileRegistryInvalidGasPayment(uint8 mode, address stablecoin, uint16 eraShareBps);
    error ProfileRegistryInvalidRollupKinds(uint8 rollupKinds);
    error ProfileRegistryInvalidTarget(uint256 ruleIndex, uint32 rollupId);
    error ProfileRegistryInvalidTargetCount(uint256 ruleIndex, uint256 count, uint256 maximum);
    error ProfileRegistryTooManyRules(uint256 count, uint256 maximum);
    error ProfileRegistryZeroAdmin();
    error ProfileRegistryZeroConfigId();
    error ProfileRegistryZeroUser();

    event ProfileApplied(address indexed user, uint256 indexed configId, uint32 version);
    event ProfileCleared(address indexed user);
    event ProfileSet(address indexed user, uint8 rollupKinds, uint8 gasMode, uint256 ruleCount);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    constructor(address admin);

    function ANY_KIND() external view returns (uint8);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function KIND_OPTIMISTIC() external view returns (uint8);
    function KIND_ZK() external view returns (uint8);
    function MAX_RULES() external view returns (uint256);
    function MAX_TARGETS() external view returns (uint256);
    function applyProfile(address user, IProfileRegistry.Profile memory profile, uint256 configId, uint32 version) external;
    function clearProfile() external;
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function profileOf(address user) external view returns (IProfileRegistry.Profile memory);
    function profileSource(address user) external view returns (IProfileRegistry.ProfileSource memory);
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeRole(bytes32 role, address account) external;
    function setProfile(IProfileRegistry.Profile memory profile) external;
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function validateProfile(IProfileRegistry.Profile memory profile) external pure;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "ANY_KIND",
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
    "name": "KIND_OPTIMISTIC",
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
    "name": "KIND_ZK",
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
    "name": "MAX_RULES",
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
    "name": "MAX_TARGETS",
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
    "name": "applyProfile",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
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
      },
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
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "clearProfile",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
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
    "name": "profileOf",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
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
    "name": "profileSource",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IProfileRegistry.ProfileSource",
        "components": [
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
        ]
      }
    ],
    "stateMutability": "view"
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
    "name": "setProfile",
    "inputs": [
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
    "outputs": [],
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
    "name": "validateProfile",
    "inputs": [
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
    "outputs": [],
    "stateMutability": "pure"
  },
  {
    "type": "event",
    "name": "ProfileApplied",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "configId",
        "type": "uint256",
        "indexed": true,
        "internalType": "uint256"
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
    "name": "ProfileCleared",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ProfileSet",
    "inputs": [
      {
        "name": "user",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "rollupKinds",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "gasMode",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "ruleCount",
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
    "name": "ProfileRegistryInvalidGasPayment",
    "inputs": [
      {
        "name": "mode",
        "type": "uint8",
        "internalType": "uint8"
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
    "type": "error",
    "name": "ProfileRegistryInvalidRollupKinds",
    "inputs": [
      {
        "name": "rollupKinds",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ProfileRegistryInvalidTarget",
    "inputs": [
      {
        "name": "ruleIndex",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "rollupId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ProfileRegistryInvalidTargetCount",
    "inputs": [
      {
        "name": "ruleIndex",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "count",
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
    "name": "ProfileRegistryTooManyRules",
    "inputs": [
      {
        "name": "count",
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
    "name": "ProfileRegistryZeroAdmin",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ProfileRegistryZeroConfigId",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ProfileRegistryZeroUser",
    "inputs": []
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
pub mod ProfileRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060405161141a38038061141a83398101604081905261002e9161010f565b6001600160a01b0381166100555760405163134fe2c560e11b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b6112d1806101495f395ff3fe608060405234801561000f575f5ffd5b5060043610610111575f3560e01c806388aae1dc1161009e578063a217fddf1161006e578063a217fddf146102a5578063a8f53797146102ac578063aa28dcd7146102b4578063d547741f146102bc578063f6b25a401461029d575f5ffd5b806388aae1dc1461026f5780638ccec7b61461028257806391d148541461028a5780639ec296f21461029d575f5ffd5b80632f8eb9cb116100e45780632f8eb9cb1461019c57806336568abe146101bc5780633de03c22146101cf5780636b84ea5e146101e25780637b4aa442146101f5575f5ffd5b806301ffc9a7146101155780631157dc6c1461013d578063248a9ca3146101575780632f2ff15d14610187575b5f5ffd5b610128610123366004610e8b565b6102cf565b60405190151581526020015b60405180910390f35b610145600281565b60405160ff9091168152602001610134565b610179610165366004610eb9565b5f9081526020819052604090206001015490565b604051908152602001610134565b61019a610195366004610ee4565b610305565b005b6101af6101aa366004610f12565b61032f565b6040516101349190610ff5565b61019a6101ca366004610ee4565b6104fa565b61019a6101dd366004611084565b610532565b61019a6101f03660046110ce565b6106d9565b61024e610203366004610f12565b604080518082019091525f8082526020820152506001600160a01b03165f908152600260209081526040918290208251808401909352805483526001015463ffffffff169082015290565b604080518251815260209283015163ffffffff169281019290925201610134565b61019a61027d366004611084565b6107dd565b61019a61088d565b610128610298366004610ee4565b61090d565b610179600881565b6101795f81565b610145600181565b610145600381565b61019a6102ca366004610ee4565b610935565b5f6001600160e01b03198216637965db0b60e01b14806102ff57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461031f81610959565b6103298383610966565b50505050565b61036960408051606080820183525f8083528351918201845280825260208281018290529382015290918201908152602001606081525090565b6001600160a01b0382165f90815260016020818152604092839020835160608082018652825460ff908116835286519182019096529382018054919592949386019392909183911660028111156103c2576103c2610f2d565b60028111156103d3576103d3610f2d565b8152905461010081046001600160a01b0316602080840191909152600160a81b90910461ffff166040928301529183526002840180548251818502810185019093528083529383019391929091905f9084015b828210156104ec575f848152602090819020604080516060810182526003860290920180546001600160a01b0316835260018101548385015260028101805483518187028101870185528181529495929493860193928301828280156104d457602002820191905f5260205f20905f905b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116104975790505b50505050508152505081526020019060010190610426565b505050915250909392505050565b6001600160a01b03811633146105235760405163334bd91960e11b815260040160405180910390fd5b61052d82826109f5565b505050565b6003196105426020830183611134565b1660ff165f1461057d576105596020820182611134565b60405163a686dedf60e01b815260ff90911660048201526024015b60405180910390fd5b61058981602001610a5e565b5f6105976080830183611154565b91505060088111156105c6576040516313b2a17360e11b81526004810182905260086024820152604401610574565b5f5b8181101561052d57365f6105df6080860186611154565b848181106105ef576105ef6111a1565b905060200281019061060191906111b5565b61060f906040810190611154565b90925090508015806106215750600881115b156106505760405163a3b2b04360e01b8152600481018490526024810182905260086044820152606401610574565b5f805b828110156106ca575f84848381811061066e5761066e6111a1565b905060200201602081019061068391906111d3565b90508263ffffffff168163ffffffff16116106c057604051634166ed3f60e11b81526004810187905263ffffffff82166024820152604401610574565b9150600101610653565b505050508060010190506105c8565b7f2f5df23ea802033f1206561eb0161079ef4281e07ebfb8378b468a3a8efe22ef61070381610959565b6001600160a01b03851661072a5760405163189570df60e31b815260040160405180910390fd5b825f0361074a5760405163053a55a560e21b815260040160405180910390fd5b6107548585610bf6565b60408051808201825284815263ffffffff84811660208084018281526001600160a01b038b165f818152600284528790209551865590516001909501805463ffffffff19169590941694909417909255925192835285927fa689f41b6b79bf19f4c40063222b6d0a99730313f5f647d4e1e81276fddb1e9c910160405180910390a35050505050565b6107e73382610bf6565b335f81815260026020908152604082209182556001909101805463ffffffff191690557fae1c26fcee22219d844d3101431c28e188c4efaeb0b03e5923ad3324285f0c909061083890840184611134565b61084860408501602086016111f8565b600281111561085957610859610f2d565b6108666080860186611154565b6040805160ff9586168152939094166020840152828401525090519081900360600190a250565b335f9081526001602081905260408220805460ff1916815590810180546001600160b81b0319169055906108c46002830182610d51565b5050335f81815260026020526040808220828155600101805463ffffffff19169055517fe268fcaad5613d18d296103d1a775b6754a669f036b4841340a1c33946a145a69190a2565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8281526020819052604090206001015461094f81610959565b61032983836109f5565b6109638133610d18565b50565b5f610971838361090d565b6109ee575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556109a63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ff565b505f6102ff565b5f610a00838361090d565b156109ee575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102ff565b5f80610a6d60208401846111f8565b6002811115610a7e57610a7e610f2d565b03610ac2575f610a946040840160208501610f12565b6001600160a01b0316148015610abb5750610ab56060830160408401611222565b61ffff16155b9050610b77565b6001610ad160208401846111f8565b6002811115610ae257610ae2610f2d565b03610b1a575f610af86040840160208501610f12565b6001600160a01b031614158015610abb5750610ab56060830160408401611222565b5f610b2b6040840160208501610f12565b6001600160a01b031614158015610b545750610b4d6060830160408401611222565b61ffff1615155b8015610b745750612710610b6e6060840160408501611222565b61ffff16105b90505b80610bf257610b8960208301836111f8565b6002811115610b9a57610b9a610f2d565b610baa6040840160208501610f12565b610bba6060850160408601611222565b60405163121fa93f60e21b815260ff90931660048401526001600160a01b03909116602483015261ffff166044820152606401610574565b5050565b610bff81610532565b6001600160a01b0382165f90815260016020526040812090610c25906002830190610d51565b610c326020830183611134565b815460ff191660ff919091161781556020820160018201610c53828261123d565b9050505f5b610c656080840184611154565b90508110156103295736610c7c6080850185611154565b83818110610c8c57610c8c6111a1565b9050602002810190610c9e91906111b5565b6002840180546001810182555f91825260209182902092935060030290910190610cca90830183610f12565b81546001600160a01b0319166001600160a01b039190911617815560208201356001820155610cfc6040830183611154565b610d0a916002840191610d6f565b505050806001019050610c58565b610d22828261090d565b610bf25760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610574565b5080545f8255600302905f5260205f20908101906109639190610e21565b828054828255905f5260205f2090600701600890048101928215610e11579160200282015f5b83821115610ddf57833563ffffffff1683826101000a81548163ffffffff021916908363ffffffff1602179055509260200192600401602081600301049283019260010302610d95565b8015610e0f5782816101000a81549063ffffffff0219169055600401602081600301049283019260010302610ddf565b505b50610e1d929150610e55565b5090565b80821115610e1d5780546001600160a01b03191681555f60018201819055610e4c6002830182610e69565b50600301610e21565b5b80821115610e1d575f8155600101610e56565b5080545f825560070160089004905f5260205f20908101906109639190610e55565b5f60208284031215610e9b575f5ffd5b81356001600160e01b031981168114610eb2575f5ffd5b9392505050565b5f60208284031215610ec9575f5ffd5b5035919050565b6001600160a01b0381168114610963575f5ffd5b5f5f60408385031215610ef5575f5ffd5b823591506020830135610f0781610ed0565b809150509250929050565b5f60208284031215610f22575f5ffd5b8135610eb281610ed0565b634e487b7160e01b5f52602160045260245ffd5b5f82825180855260208501945060208160051b830101602085015f5b83811015610fe957848303601f19018852815180516001600160a01b03168452602080820151818601526040918201516060928601839052805192860183905201905f9060808601905b80831015610fd05763ffffffff8451168252602082019150602084019350600183019250610fa7565b5060209a8b019a90955093909301925050600101610f5d565b50909695505050505050565b6020815260ff82511660208201525f602083015180516003811061102757634e487b7160e01b5f52602160045260245ffd5b60408481019190915260208201516001600160a01b031660608501529081015161ffff16608084015283015160a08084015261106660c0840182610f41565b949350505050565b5f60a0828403121561107e575f5ffd5b50919050565b5f60208284031215611094575f5ffd5b813567ffffffffffffffff8111156110aa575f5ffd5b6110668482850161106e565b803563ffffffff811681146110c9575f5ffd5b919050565b5f5f5f5f608085870312156110e1575f5ffd5b84356110ec81610ed0565b9350602085013567ffffffffffffffff811115611107575f5ffd5b6111138782880161106e565b93505060408501359150611129606086016110b6565b905092959194509250565b5f60208284031215611144575f5ffd5b813560ff81168114610eb2575f5ffd5b5f5f8335601e19843603018112611169575f5ffd5b83018035915067ffffffffffffffff821115611183575f5ffd5b6020019150600581901b360382131561119a575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e198336030181126111c9575f5ffd5b9190910192915050565b5f602082840312156111e3575f5ffd5b610eb2826110b6565b60038110610963575f5ffd5b5f60208284031215611208575f5ffd5b8135610eb2816111ec565b61ffff81168114610963575f5ffd5b5f60208284031215611232575f5ffd5b8135610eb281611213565b8135611248816111ec565b6003811061126457634e487b7160e01b5f52602160045260245ffd5b815460ff821691508160ff198216178355602084013561128381610ed0565b6001600160a81b03199190911690911760089190911b610100600160a81b031617815560408201356112b481611213565b815461ffff60a81b191660a89190911b61ffff60a81b161790555056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`@Qa\x14\x1A8\x03\x80a\x14\x1A\x839\x81\x01`@\x81\x90Ra\0.\x91a\x01\x0FV[`\x01`\x01`\xA0\x1B\x03\x81\x16a\0UW`@Qc\x13O\xE2\xC5`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\0__\x82a\0fV[PPa\x01<V[_\x82\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x85\x16\x84R\x90\x91R\x81 T`\xFF\x16a\x01\x06W_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\0\xBE3\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x01\tV[P_[\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x01\x1FW__\xFD[\x81Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x015W__\xFD[\x93\x92PPPV[a\x12\xD1\x80a\x01I_9_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x11W_5`\xE0\x1C\x80c\x88\xAA\xE1\xDC\x11a\0\x9EW\x80c\xA2\x17\xFD\xDF\x11a\0nW\x80c\xA2\x17\xFD\xDF\x14a\x02\xA5W\x80c\xA8\xF57\x97\x14a\x02\xACW\x80c\xAA(\xDC\xD7\x14a\x02\xB4W\x80c\xD5Gt\x1F\x14a\x02\xBCW\x80c\xF6\xB2Z@\x14a\x02\x9DW__\xFD[\x80c\x88\xAA\xE1\xDC\x14a\x02oW\x80c\x8C\xCE\xC7\xB6\x14a\x02\x82W\x80c\x91\xD1HT\x14a\x02\x8AW\x80c\x9E\xC2\x96\xF2\x14a\x02\x9DW__\xFD[\x80c/\x8E\xB9\xCB\x11a\0\xE4W\x80c/\x8E\xB9\xCB\x14a\x01\x9CW\x80c6V\x8A\xBE\x14a\x01\xBCW\x80c=\xE0<\"\x14a\x01\xCFW\x80ck\x84\xEA^\x14a\x01\xE2W\x80c{J\xA4B\x14a\x01\xF5W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\x15W\x80c\x11W\xDCl\x14a\x01=W\x80c$\x8A\x9C\xA3\x14a\x01WW\x80c//\xF1]\x14a\x01\x87W[__\xFD[a\x01(a\x01#6`\x04a\x0E\x8BV[a\x02\xCFV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01E`\x02\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x014V[a\x01ya\x01e6`\x04a\x0E\xB9V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x014V[a\x01\x9Aa\x01\x956`\x04a\x0E\xE4V[a\x03\x05V[\0[a\x01\xAFa\x01\xAA6`\x04a\x0F\x12V[a\x03/V[`@Qa\x014\x91\x90a\x0F\xF5V[a\x01\x9Aa\x01\xCA6`\x04a\x0E\xE4V[a\x04\xFAV[a\x01\x9Aa\x01\xDD6`\x04a\x10\x84V[a\x052V[a\x01\x9Aa\x01\xF06`\x04a\x10\xCEV[a\x06\xD9V[a\x02Na\x02\x036`\x04a\x0F\x12V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01RP`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93R\x80T\x83R`\x01\x01Tc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q\x81R` \x92\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x01a\x014V[a\x01\x9Aa\x02}6`\x04a\x10\x84V[a\x07\xDDV[a\x01\x9Aa\x08\x8DV[a\x01(a\x02\x986`\x04a\x0E\xE4V[a\t\rV[a\x01y`\x08\x81V[a\x01y_\x81V[a\x01E`\x01\x81V[a\x01E`\x03\x81V[a\x01\x9Aa\x02\xCA6`\x04a\x0E\xE4V[a\t5V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x02\xFFWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x03\x1F\x81a\tYV[a\x03)\x83\x83a\tfV[PPPPV[a\x03i`@\x80Q``\x80\x82\x01\x83R_\x80\x83R\x83Q\x91\x82\x01\x84R\x80\x82R` \x82\x81\x01\x82\x90R\x93\x82\x01R\x90\x91\x82\x01\x90\x81R` \x01``\x81RP\x90V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` \x81\x81R`@\x92\x83\x90 \x83Q``\x80\x82\x01\x86R\x82T`\xFF\x90\x81\x16\x83R\x86Q\x91\x82\x01\x90\x96R\x93\x82\x01\x80T\x91\x95\x92\x94\x93\x86\x01\x93\x92\x90\x91\x83\x91\x16`\x02\x81\x11\x15a\x03\xC2Wa\x03\xC2a\x0F-V[`\x02\x81\x11\x15a\x03\xD3Wa\x03\xD3a\x0F-V[\x81R\x90Ta\x01\0\x81\x04`\x01`\x01`\xA0\x1B\x03\x16` \x80\x84\x01\x91\x90\x91R`\x01`\xA8\x1B\x90\x91\x04a\xFF\xFF\x16`@\x92\x83\x01R\x91\x83R`\x02\x84\x01\x80T\x82Q\x81\x85\x02\x81\x01\x85\x01\x90\x93R\x80\x83R\x93\x83\x01\x93\x91\x92\x90\x91\x90_\x90\x84\x01[\x82\x82\x10\x15a\x04\xECW_\x84\x81R` \x90\x81\x90 `@\x80Q``\x81\x01\x82R`\x03\x86\x02\x90\x92\x01\x80T`\x01`\x01`\xA0\x1B\x03\x16\x83R`\x01\x81\x01T\x83\x85\x01R`\x02\x81\x01\x80T\x83Q\x81\x87\x02\x81\x01\x87\x01\x85R\x81\x81R\x94\x95\x92\x94\x93\x86\x01\x93\x92\x83\x01\x82\x82\x80\x15a\x04\xD4W` \x02\x82\x01\x91\x90_R` _ \x90_\x90[\x82\x82\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90`\x04\x01\x90` \x82`\x03\x01\x04\x92\x83\x01\x92`\x01\x03\x82\x02\x91P\x80\x84\x11a\x04\x97W\x90P[PPPPP\x81RPP\x81R` \x01\x90`\x01\x01\x90a\x04&V[PPP\x91RP\x90\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x05#W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x05-\x82\x82a\t\xF5V[PPPV[`\x03\x19a\x05B` \x83\x01\x83a\x114V[\x16`\xFF\x16_\x14a\x05}Wa\x05Y` \x82\x01\x82a\x114V[`@Qc\xA6\x86\xDE\xDF`\xE0\x1B\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\x05\x89\x81` \x01a\n^V[_a\x05\x97`\x80\x83\x01\x83a\x11TV[\x91PP`\x08\x81\x11\x15a\x05\xC6W`@Qc\x13\xB2\xA1s`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`\x08`$\x82\x01R`D\x01a\x05tV[_[\x81\x81\x10\x15a\x05-W6_a\x05\xDF`\x80\x86\x01\x86a\x11TV[\x84\x81\x81\x10a\x05\xEFWa\x05\xEFa\x11\xA1V[\x90P` \x02\x81\x01\x90a\x06\x01\x91\x90a\x11\xB5V[a\x06\x0F\x90`@\x81\x01\x90a\x11TV[\x90\x92P\x90P\x80\x15\x80a\x06!WP`\x08\x81\x11[\x15a\x06PW`@Qc\xA3\xB2\xB0C`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`\x08`D\x82\x01R`d\x01a\x05tV[_\x80[\x82\x81\x10\x15a\x06\xCAW_\x84\x84\x83\x81\x81\x10a\x06nWa\x06na\x11\xA1V[\x90P` \x02\x01` \x81\x01\x90a\x06\x83\x91\x90a\x11\xD3V[\x90P\x82c\xFF\xFF\xFF\xFF\x16\x81c\xFF\xFF\xFF\xFF\x16\x11a\x06\xC0W`@QcAf\xED?`\xE1\x1B\x81R`\x04\x81\x01\x87\x90Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x05tV[\x91P`\x01\x01a\x06SV[PPPP\x80`\x01\x01\x90Pa\x05\xC8V[\x7F/]\xF2>\xA8\x02\x03?\x12\x06V\x1E\xB0\x16\x10y\xEFB\x81\xE0~\xBF\xB87\x8BF\x8A:\x8E\xFE\"\xEFa\x07\x03\x81a\tYV[`\x01`\x01`\xA0\x1B\x03\x85\x16a\x07*W`@Qc\x18\x95p\xDF`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82_\x03a\x07JW`@Qc\x05:U\xA5`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07T\x85\x85a\x0B\xF6V[`@\x80Q\x80\x82\x01\x82R\x84\x81Rc\xFF\xFF\xFF\xFF\x84\x81\x16` \x80\x84\x01\x82\x81R`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x81\x81R`\x02\x84R\x87\x90 \x95Q\x86U\x90Q`\x01\x90\x95\x01\x80Tc\xFF\xFF\xFF\xFF\x19\x16\x95\x90\x94\x16\x94\x90\x94\x17\x90\x92U\x92Q\x92\x83R\x85\x92\x7F\xA6\x89\xF4\x1Bky\xBF\x19\xF4\xC4\0c\"+m\n\x99s\x03\x13\xF5\xF6G\xD4\xE1\xE8\x12v\xFD\xDB\x1E\x9C\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPPV[a\x07\xE73\x82a\x0B\xF6V[3_\x81\x81R`\x02` \x90\x81R`@\x82 \x91\x82U`\x01\x90\x91\x01\x80Tc\xFF\xFF\xFF\xFF\x19\x16\x90U\x7F\xAE\x1C&\xFC\xEE\"!\x9D\x84M1\x01C\x1C(\xE1\x88\xC4\xEF\xAE\xB0\xB0>Y#\xAD3$(_\x0C\x90\x90a\x088\x90\x84\x01\x84a\x114V[a\x08H`@\x85\x01` \x86\x01a\x11\xF8V[`\x02\x81\x11\x15a\x08YWa\x08Ya\x0F-V[a\x08f`\x80\x86\x01\x86a\x11TV[`@\x80Q`\xFF\x95\x86\x16\x81R\x93\x90\x94\x16` \x84\x01R\x82\x84\x01RP\x90Q\x90\x81\x90\x03``\x01\x90\xA2PV[3_\x90\x81R`\x01` \x81\x90R`@\x82 \x80T`\xFF\x19\x16\x81U\x90\x81\x01\x80T`\x01`\x01`\xB8\x1B\x03\x19\x16\x90U\x90a\x08\xC4`\x02\x83\x01\x82a\rQV[PP3_\x81\x81R`\x02` R`@\x80\x82 \x82\x81U`\x01\x01\x80Tc\xFF\xFF\xFF\xFF\x19\x16\x90UQ\x7F\xE2h\xFC\xAA\xD5a=\x18\xD2\x96\x10=\x1Aw[gT\xA6i\xF06\xB4\x84\x13@\xA1\xC39F\xA1E\xA6\x91\x90\xA2V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\tO\x81a\tYV[a\x03)\x83\x83a\t\xF5V[a\tc\x813a\r\x18V[PV[_a\tq\x83\x83a\t\rV[a\t\xEEW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\t\xA63\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x02\xFFV[P_a\x02\xFFV[_a\n\0\x83\x83a\t\rV[\x15a\t\xEEW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\x02\xFFV[_\x80a\nm` \x84\x01\x84a\x11\xF8V[`\x02\x81\x11\x15a\n~Wa\n~a\x0F-V[\x03a\n\xC2W_a\n\x94`@\x84\x01` \x85\x01a\x0F\x12V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80\x15a\n\xBBWPa\n\xB5``\x83\x01`@\x84\x01a\x12\"V[a\xFF\xFF\x16\x15[\x90Pa\x0BwV[`\x01a\n\xD1` \x84\x01\x84a\x11\xF8V[`\x02\x81\x11\x15a\n\xE2Wa\n\xE2a\x0F-V[\x03a\x0B\x1AW_a\n\xF8`@\x84\x01` \x85\x01a\x0F\x12V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\n\xBBWPa\n\xB5``\x83\x01`@\x84\x01a\x12\"V[_a\x0B+`@\x84\x01` \x85\x01a\x0F\x12V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0BTWPa\x0BM``\x83\x01`@\x84\x01a\x12\"V[a\xFF\xFF\x16\x15\x15[\x80\x15a\x0BtWPa'\x10a\x0Bn``\x84\x01`@\x85\x01a\x12\"V[a\xFF\xFF\x16\x10[\x90P[\x80a\x0B\xF2Wa\x0B\x89` \x83\x01\x83a\x11\xF8V[`\x02\x81\x11\x15a\x0B\x9AWa\x0B\x9Aa\x0F-V[a\x0B\xAA`@\x84\x01` \x85\x01a\x0F\x12V[a\x0B\xBA``\x85\x01`@\x86\x01a\x12\"V[`@Qc\x12\x1F\xA9?`\xE2\x1B\x81R`\xFF\x90\x93\x16`\x04\x84\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`$\x83\x01Ra\xFF\xFF\x16`D\x82\x01R`d\x01a\x05tV[PPV[a\x0B\xFF\x81a\x052V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` R`@\x81 \x90a\x0C%\x90`\x02\x83\x01\x90a\rQV[a\x0C2` \x83\x01\x83a\x114V[\x81T`\xFF\x19\x16`\xFF\x91\x90\x91\x16\x17\x81U` \x82\x01`\x01\x82\x01a\x0CS\x82\x82a\x12=V[\x90PP_[a\x0Ce`\x80\x84\x01\x84a\x11TV[\x90P\x81\x10\x15a\x03)W6a\x0C|`\x80\x85\x01\x85a\x11TV[\x83\x81\x81\x10a\x0C\x8CWa\x0C\x8Ca\x11\xA1V[\x90P` \x02\x81\x01\x90a\x0C\x9E\x91\x90a\x11\xB5V[`\x02\x84\x01\x80T`\x01\x81\x01\x82U_\x91\x82R` \x91\x82\x90 \x92\x93P`\x03\x02\x90\x91\x01\x90a\x0C\xCA\x90\x83\x01\x83a\x0F\x12V[\x81T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x17\x81U` \x82\x015`\x01\x82\x01Ua\x0C\xFC`@\x83\x01\x83a\x11TV[a\r\n\x91`\x02\x84\x01\x91a\roV[PPP\x80`\x01\x01\x90Pa\x0CXV[a\r\"\x82\x82a\t\rV[a\x0B\xF2W`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x05tV[P\x80T_\x82U`\x03\x02\x90_R` _ \x90\x81\x01\x90a\tc\x91\x90a\x0E!V[\x82\x80T\x82\x82U\x90_R` _ \x90`\x07\x01`\x08\x90\x04\x81\x01\x92\x82\x15a\x0E\x11W\x91` \x02\x82\x01_[\x83\x82\x11\x15a\r\xDFW\x835c\xFF\xFF\xFF\xFF\x16\x83\x82a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x92` \x01\x92`\x04\x01` \x81`\x03\x01\x04\x92\x83\x01\x92`\x01\x03\x02a\r\x95V[\x80\x15a\x0E\x0FW\x82\x81a\x01\0\n\x81T\x90c\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x04\x01` \x81`\x03\x01\x04\x92\x83\x01\x92`\x01\x03\x02a\r\xDFV[P[Pa\x0E\x1D\x92\x91Pa\x0EUV[P\x90V[\x80\x82\x11\x15a\x0E\x1DW\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x81U_`\x01\x82\x01\x81\x90Ua\x0EL`\x02\x83\x01\x82a\x0EiV[P`\x03\x01a\x0E!V[[\x80\x82\x11\x15a\x0E\x1DW_\x81U`\x01\x01a\x0EVV[P\x80T_\x82U`\x07\x01`\x08\x90\x04\x90_R` _ \x90\x81\x01\x90a\tc\x91\x90a\x0EUV[_` \x82\x84\x03\x12\x15a\x0E\x9BW__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x0E\xB2W__\xFD[\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x0E\xC9W__\xFD[P5\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\tcW__\xFD[__`@\x83\x85\x03\x12\x15a\x0E\xF5W__\xFD[\x825\x91P` \x83\x015a\x0F\x07\x81a\x0E\xD0V[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a\x0F\"W__\xFD[\x815a\x0E\xB2\x81a\x0E\xD0V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_\x82\x82Q\x80\x85R` \x85\x01\x94P` \x81`\x05\x1B\x83\x01\x01` \x85\x01_[\x83\x81\x10\x15a\x0F\xE9W\x84\x83\x03`\x1F\x19\x01\x88R\x81Q\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x84R` \x80\x82\x01Q\x81\x86\x01R`@\x91\x82\x01Q``\x92\x86\x01\x83\x90R\x80Q\x92\x86\x01\x83\x90R\x01\x90_\x90`\x80\x86\x01\x90[\x80\x83\x10\x15a\x0F\xD0Wc\xFF\xFF\xFF\xFF\x84Q\x16\x82R` \x82\x01\x91P` \x84\x01\x93P`\x01\x83\x01\x92Pa\x0F\xA7V[P` \x9A\x8B\x01\x9A\x90\x95P\x93\x90\x93\x01\x92PP`\x01\x01a\x0F]V[P\x90\x96\x95PPPPPPV[` \x81R`\xFF\x82Q\x16` \x82\x01R_` \x83\x01Q\x80Q`\x03\x81\x10a\x10'WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x84\x81\x01\x91\x90\x91R` \x82\x01Q`\x01`\x01`\xA0\x1B\x03\x16``\x85\x01R\x90\x81\x01Qa\xFF\xFF\x16`\x80\x84\x01R\x83\x01Q`\xA0\x80\x84\x01Ra\x10f`\xC0\x84\x01\x82a\x0FAV[\x94\x93PPPPV[_`\xA0\x82\x84\x03\x12\x15a\x10~W__\xFD[P\x91\x90PV[_` \x82\x84\x03\x12\x15a\x10\x94W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\xAAW__\xFD[a\x10f\x84\x82\x85\x01a\x10nV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x10\xC9W__\xFD[\x91\x90PV[____`\x80\x85\x87\x03\x12\x15a\x10\xE1W__\xFD[\x845a\x10\xEC\x81a\x0E\xD0V[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x11\x07W__\xFD[a\x11\x13\x87\x82\x88\x01a\x10nV[\x93PP`@\x85\x015\x91Pa\x11)``\x86\x01a\x10\xB6V[\x90P\x92\x95\x91\x94P\x92PV[_` \x82\x84\x03\x12\x15a\x11DW__\xFD[\x815`\xFF\x81\x16\x81\x14a\x0E\xB2W__\xFD[__\x835`\x1E\x19\x846\x03\x01\x81\x12a\x11iW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x11\x83W__\xFD[` \x01\x91P`\x05\x81\x90\x1B6\x03\x82\x13\x15a\x11\x9AW__\xFD[\x92P\x92\x90PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x825`^\x19\x836\x03\x01\x81\x12a\x11\xC9W__\xFD[\x91\x90\x91\x01\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x11\xE3W__\xFD[a\x0E\xB2\x82a\x10\xB6V[`\x03\x81\x10a\tcW__\xFD[_` \x82\x84\x03\x12\x15a\x12\x08W__\xFD[\x815a\x0E\xB2\x81a\x11\xECV[a\xFF\xFF\x81\x16\x81\x14a\tcW__\xFD[_` \x82\x84\x03\x12\x15a\x122W__\xFD[\x815a\x0E\xB2\x81a\x12\x13V[\x815a\x12H\x81a\x11\xECV[`\x03\x81\x10a\x12dWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x81T`\xFF\x82\x16\x91P\x81`\xFF\x19\x82\x16\x17\x83U` \x84\x015a\x12\x83\x81a\x0E\xD0V[`\x01`\x01`\xA8\x1B\x03\x19\x91\x90\x91\x16\x90\x91\x17`\x08\x91\x90\x91\x1Ba\x01\0`\x01`\xA8\x1B\x03\x16\x17\x81U`@\x82\x015a\x12\xB4\x81a\x12\x13V[\x81Ta\xFF\xFF`\xA8\x1B\x19\x16`\xA8\x91\x90\x91\x1Ba\xFF\xFF`\xA8\x1B\x16\x17\x90UPV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610111575f3560e01c806388aae1dc1161009e578063a217fddf1161006e578063a217fddf146102a5578063a8f53797146102ac578063aa28dcd7146102b4578063d547741f146102bc578063f6b25a401461029d575f5ffd5b806388aae1dc1461026f5780638ccec7b61461028257806391d148541461028a5780639ec296f21461029d575f5ffd5b80632f8eb9cb116100e45780632f8eb9cb1461019c57806336568abe146101bc5780633de03c22146101cf5780636b84ea5e146101e25780637b4aa442146101f5575f5ffd5b806301ffc9a7146101155780631157dc6c1461013d578063248a9ca3146101575780632f2ff15d14610187575b5f5ffd5b610128610123366004610e8b565b6102cf565b60405190151581526020015b60405180910390f35b610145600281565b60405160ff9091168152602001610134565b610179610165366004610eb9565b5f9081526020819052604090206001015490565b604051908152602001610134565b61019a610195366004610ee4565b610305565b005b6101af6101aa366004610f12565b61032f565b6040516101349190610ff5565b61019a6101ca366004610ee4565b6104fa565b61019a6101dd366004611084565b610532565b61019a6101f03660046110ce565b6106d9565b61024e610203366004610f12565b604080518082019091525f8082526020820152506001600160a01b03165f908152600260209081526040918290208251808401909352805483526001015463ffffffff169082015290565b604080518251815260209283015163ffffffff169281019290925201610134565b61019a61027d366004611084565b6107dd565b61019a61088d565b610128610298366004610ee4565b61090d565b610179600881565b6101795f81565b610145600181565b610145600381565b61019a6102ca366004610ee4565b610935565b5f6001600160e01b03198216637965db0b60e01b14806102ff57506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f8281526020819052604090206001015461031f81610959565b6103298383610966565b50505050565b61036960408051606080820183525f8083528351918201845280825260208281018290529382015290918201908152602001606081525090565b6001600160a01b0382165f90815260016020818152604092839020835160608082018652825460ff908116835286519182019096529382018054919592949386019392909183911660028111156103c2576103c2610f2d565b60028111156103d3576103d3610f2d565b8152905461010081046001600160a01b0316602080840191909152600160a81b90910461ffff166040928301529183526002840180548251818502810185019093528083529383019391929091905f9084015b828210156104ec575f848152602090819020604080516060810182526003860290920180546001600160a01b0316835260018101548385015260028101805483518187028101870185528181529495929493860193928301828280156104d457602002820191905f5260205f20905f905b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116104975790505b50505050508152505081526020019060010190610426565b505050915250909392505050565b6001600160a01b03811633146105235760405163334bd91960e11b815260040160405180910390fd5b61052d82826109f5565b505050565b6003196105426020830183611134565b1660ff165f1461057d576105596020820182611134565b60405163a686dedf60e01b815260ff90911660048201526024015b60405180910390fd5b61058981602001610a5e565b5f6105976080830183611154565b91505060088111156105c6576040516313b2a17360e11b81526004810182905260086024820152604401610574565b5f5b8181101561052d57365f6105df6080860186611154565b848181106105ef576105ef6111a1565b905060200281019061060191906111b5565b61060f906040810190611154565b90925090508015806106215750600881115b156106505760405163a3b2b04360e01b8152600481018490526024810182905260086044820152606401610574565b5f805b828110156106ca575f84848381811061066e5761066e6111a1565b905060200201602081019061068391906111d3565b90508263ffffffff168163ffffffff16116106c057604051634166ed3f60e11b81526004810187905263ffffffff82166024820152604401610574565b9150600101610653565b505050508060010190506105c8565b7f2f5df23ea802033f1206561eb0161079ef4281e07ebfb8378b468a3a8efe22ef61070381610959565b6001600160a01b03851661072a5760405163189570df60e31b815260040160405180910390fd5b825f0361074a5760405163053a55a560e21b815260040160405180910390fd5b6107548585610bf6565b60408051808201825284815263ffffffff84811660208084018281526001600160a01b038b165f818152600284528790209551865590516001909501805463ffffffff19169590941694909417909255925192835285927fa689f41b6b79bf19f4c40063222b6d0a99730313f5f647d4e1e81276fddb1e9c910160405180910390a35050505050565b6107e73382610bf6565b335f81815260026020908152604082209182556001909101805463ffffffff191690557fae1c26fcee22219d844d3101431c28e188c4efaeb0b03e5923ad3324285f0c909061083890840184611134565b61084860408501602086016111f8565b600281111561085957610859610f2d565b6108666080860186611154565b6040805160ff9586168152939094166020840152828401525090519081900360600190a250565b335f9081526001602081905260408220805460ff1916815590810180546001600160b81b0319169055906108c46002830182610d51565b5050335f81815260026020526040808220828155600101805463ffffffff19169055517fe268fcaad5613d18d296103d1a775b6754a669f036b4841340a1c33946a145a69190a2565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8281526020819052604090206001015461094f81610959565b61032983836109f5565b6109638133610d18565b50565b5f610971838361090d565b6109ee575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556109a63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ff565b505f6102ff565b5f610a00838361090d565b156109ee575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102ff565b5f80610a6d60208401846111f8565b6002811115610a7e57610a7e610f2d565b03610ac2575f610a946040840160208501610f12565b6001600160a01b0316148015610abb5750610ab56060830160408401611222565b61ffff16155b9050610b77565b6001610ad160208401846111f8565b6002811115610ae257610ae2610f2d565b03610b1a575f610af86040840160208501610f12565b6001600160a01b031614158015610abb5750610ab56060830160408401611222565b5f610b2b6040840160208501610f12565b6001600160a01b031614158015610b545750610b4d6060830160408401611222565b61ffff1615155b8015610b745750612710610b6e6060840160408501611222565b61ffff16105b90505b80610bf257610b8960208301836111f8565b6002811115610b9a57610b9a610f2d565b610baa6040840160208501610f12565b610bba6060850160408601611222565b60405163121fa93f60e21b815260ff90931660048401526001600160a01b03909116602483015261ffff166044820152606401610574565b5050565b610bff81610532565b6001600160a01b0382165f90815260016020526040812090610c25906002830190610d51565b610c326020830183611134565b815460ff191660ff919091161781556020820160018201610c53828261123d565b9050505f5b610c656080840184611154565b90508110156103295736610c7c6080850185611154565b83818110610c8c57610c8c6111a1565b9050602002810190610c9e91906111b5565b6002840180546001810182555f91825260209182902092935060030290910190610cca90830183610f12565b81546001600160a01b0319166001600160a01b039190911617815560208201356001820155610cfc6040830183611154565b610d0a916002840191610d6f565b505050806001019050610c58565b610d22828261090d565b610bf25760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610574565b5080545f8255600302905f5260205f20908101906109639190610e21565b828054828255905f5260205f2090600701600890048101928215610e11579160200282015f5b83821115610ddf57833563ffffffff1683826101000a81548163ffffffff021916908363ffffffff1602179055509260200192600401602081600301049283019260010302610d95565b8015610e0f5782816101000a81549063ffffffff0219169055600401602081600301049283019260010302610ddf565b505b50610e1d929150610e55565b5090565b80821115610e1d5780546001600160a01b03191681555f60018201819055610e4c6002830182610e69565b50600301610e21565b5b80821115610e1d575f8155600101610e56565b5080545f825560070160089004905f5260205f20908101906109639190610e55565b5f60208284031215610e9b575f5ffd5b81356001600160e01b031981168114610eb2575f5ffd5b9392505050565b5f60208284031215610ec9575f5ffd5b5035919050565b6001600160a01b0381168114610963575f5ffd5b5f5f60408385031215610ef5575f5ffd5b823591506020830135610f0781610ed0565b809150509250929050565b5f60208284031215610f22575f5ffd5b8135610eb281610ed0565b634e487b7160e01b5f52602160045260245ffd5b5f82825180855260208501945060208160051b830101602085015f5b83811015610fe957848303601f19018852815180516001600160a01b03168452602080820151818601526040918201516060928601839052805192860183905201905f9060808601905b80831015610fd05763ffffffff8451168252602082019150602084019350600183019250610fa7565b5060209a8b019a90955093909301925050600101610f5d565b50909695505050505050565b6020815260ff82511660208201525f602083015180516003811061102757634e487b7160e01b5f52602160045260245ffd5b60408481019190915260208201516001600160a01b031660608501529081015161ffff16608084015283015160a08084015261106660c0840182610f41565b949350505050565b5f60a0828403121561107e575f5ffd5b50919050565b5f60208284031215611094575f5ffd5b813567ffffffffffffffff8111156110aa575f5ffd5b6110668482850161106e565b803563ffffffff811681146110c9575f5ffd5b919050565b5f5f5f5f608085870312156110e1575f5ffd5b84356110ec81610ed0565b9350602085013567ffffffffffffffff811115611107575f5ffd5b6111138782880161106e565b93505060408501359150611129606086016110b6565b905092959194509250565b5f60208284031215611144575f5ffd5b813560ff81168114610eb2575f5ffd5b5f5f8335601e19843603018112611169575f5ffd5b83018035915067ffffffffffffffff821115611183575f5ffd5b6020019150600581901b360382131561119a575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b5f8235605e198336030181126111c9575f5ffd5b9190910192915050565b5f602082840312156111e3575f5ffd5b610eb2826110b6565b60038110610963575f5ffd5b5f60208284031215611208575f5ffd5b8135610eb2816111ec565b61ffff81168114610963575f5ffd5b5f60208284031215611232575f5ffd5b8135610eb281611213565b8135611248816111ec565b6003811061126457634e487b7160e01b5f52602160045260245ffd5b815460ff821691508160ff198216178355602084013561128381610ed0565b6001600160a81b03199190911690911760089190911b610100600160a81b031617815560408201356112b481611213565b815461ffff60a81b191660a89190911b61ffff60a81b161790555056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\x01\x11W_5`\xE0\x1C\x80c\x88\xAA\xE1\xDC\x11a\0\x9EW\x80c\xA2\x17\xFD\xDF\x11a\0nW\x80c\xA2\x17\xFD\xDF\x14a\x02\xA5W\x80c\xA8\xF57\x97\x14a\x02\xACW\x80c\xAA(\xDC\xD7\x14a\x02\xB4W\x80c\xD5Gt\x1F\x14a\x02\xBCW\x80c\xF6\xB2Z@\x14a\x02\x9DW__\xFD[\x80c\x88\xAA\xE1\xDC\x14a\x02oW\x80c\x8C\xCE\xC7\xB6\x14a\x02\x82W\x80c\x91\xD1HT\x14a\x02\x8AW\x80c\x9E\xC2\x96\xF2\x14a\x02\x9DW__\xFD[\x80c/\x8E\xB9\xCB\x11a\0\xE4W\x80c/\x8E\xB9\xCB\x14a\x01\x9CW\x80c6V\x8A\xBE\x14a\x01\xBCW\x80c=\xE0<\"\x14a\x01\xCFW\x80ck\x84\xEA^\x14a\x01\xE2W\x80c{J\xA4B\x14a\x01\xF5W__\xFD[\x80c\x01\xFF\xC9\xA7\x14a\x01\x15W\x80c\x11W\xDCl\x14a\x01=W\x80c$\x8A\x9C\xA3\x14a\x01WW\x80c//\xF1]\x14a\x01\x87W[__\xFD[a\x01(a\x01#6`\x04a\x0E\x8BV[a\x02\xCFV[`@Q\x90\x15\x15\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\x01E`\x02\x81V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x014V[a\x01ya\x01e6`\x04a\x0E\xB9V[_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T\x90V[`@Q\x90\x81R` \x01a\x014V[a\x01\x9Aa\x01\x956`\x04a\x0E\xE4V[a\x03\x05V[\0[a\x01\xAFa\x01\xAA6`\x04a\x0F\x12V[a\x03/V[`@Qa\x014\x91\x90a\x0F\xF5V[a\x01\x9Aa\x01\xCA6`\x04a\x0E\xE4V[a\x04\xFAV[a\x01\x9Aa\x01\xDD6`\x04a\x10\x84V[a\x052V[a\x01\x9Aa\x01\xF06`\x04a\x10\xCEV[a\x06\xD9V[a\x02Na\x02\x036`\x04a\x0F\x12V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01RP`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x02` \x90\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93R\x80T\x83R`\x01\x01Tc\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x90V[`@\x80Q\x82Q\x81R` \x92\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x92\x81\x01\x92\x90\x92R\x01a\x014V[a\x01\x9Aa\x02}6`\x04a\x10\x84V[a\x07\xDDV[a\x01\x9Aa\x08\x8DV[a\x01(a\x02\x986`\x04a\x0E\xE4V[a\t\rV[a\x01y`\x08\x81V[a\x01y_\x81V[a\x01E`\x01\x81V[a\x01E`\x03\x81V[a\x01\x9Aa\x02\xCA6`\x04a\x0E\xE4V[a\t5V[_`\x01`\x01`\xE0\x1B\x03\x19\x82\x16cye\xDB\x0B`\xE0\x1B\x14\x80a\x02\xFFWPc\x01\xFF\xC9\xA7`\xE0\x1B`\x01`\x01`\xE0\x1B\x03\x19\x83\x16\x14[\x92\x91PPV[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\x03\x1F\x81a\tYV[a\x03)\x83\x83a\tfV[PPPPV[a\x03i`@\x80Q``\x80\x82\x01\x83R_\x80\x83R\x83Q\x91\x82\x01\x84R\x80\x82R` \x82\x81\x01\x82\x90R\x93\x82\x01R\x90\x91\x82\x01\x90\x81R` \x01``\x81RP\x90V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` \x81\x81R`@\x92\x83\x90 \x83Q``\x80\x82\x01\x86R\x82T`\xFF\x90\x81\x16\x83R\x86Q\x91\x82\x01\x90\x96R\x93\x82\x01\x80T\x91\x95\x92\x94\x93\x86\x01\x93\x92\x90\x91\x83\x91\x16`\x02\x81\x11\x15a\x03\xC2Wa\x03\xC2a\x0F-V[`\x02\x81\x11\x15a\x03\xD3Wa\x03\xD3a\x0F-V[\x81R\x90Ta\x01\0\x81\x04`\x01`\x01`\xA0\x1B\x03\x16` \x80\x84\x01\x91\x90\x91R`\x01`\xA8\x1B\x90\x91\x04a\xFF\xFF\x16`@\x92\x83\x01R\x91\x83R`\x02\x84\x01\x80T\x82Q\x81\x85\x02\x81\x01\x85\x01\x90\x93R\x80\x83R\x93\x83\x01\x93\x91\x92\x90\x91\x90_\x90\x84\x01[\x82\x82\x10\x15a\x04\xECW_\x84\x81R` \x90\x81\x90 `@\x80Q``\x81\x01\x82R`\x03\x86\x02\x90\x92\x01\x80T`\x01`\x01`\xA0\x1B\x03\x16\x83R`\x01\x81\x01T\x83\x85\x01R`\x02\x81\x01\x80T\x83Q\x81\x87\x02\x81\x01\x87\x01\x85R\x81\x81R\x94\x95\x92\x94\x93\x86\x01\x93\x92\x83\x01\x82\x82\x80\x15a\x04\xD4W` \x02\x82\x01\x91\x90_R` _ \x90_\x90[\x82\x82\x90T\x90a\x01\0\n\x90\x04c\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90`\x04\x01\x90` \x82`\x03\x01\x04\x92\x83\x01\x92`\x01\x03\x82\x02\x91P\x80\x84\x11a\x04\x97W\x90P[PPPPP\x81RPP\x81R` \x01\x90`\x01\x01\x90a\x04&V[PPP\x91RP\x90\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x163\x14a\x05#W`@Qc3K\xD9\x19`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x05-\x82\x82a\t\xF5V[PPPV[`\x03\x19a\x05B` \x83\x01\x83a\x114V[\x16`\xFF\x16_\x14a\x05}Wa\x05Y` \x82\x01\x82a\x114V[`@Qc\xA6\x86\xDE\xDF`\xE0\x1B\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[a\x05\x89\x81` \x01a\n^V[_a\x05\x97`\x80\x83\x01\x83a\x11TV[\x91PP`\x08\x81\x11\x15a\x05\xC6W`@Qc\x13\xB2\xA1s`\xE1\x1B\x81R`\x04\x81\x01\x82\x90R`\x08`$\x82\x01R`D\x01a\x05tV[_[\x81\x81\x10\x15a\x05-W6_a\x05\xDF`\x80\x86\x01\x86a\x11TV[\x84\x81\x81\x10a\x05\xEFWa\x05\xEFa\x11\xA1V[\x90P` \x02\x81\x01\x90a\x06\x01\x91\x90a\x11\xB5V[a\x06\x0F\x90`@\x81\x01\x90a\x11TV[\x90\x92P\x90P\x80\x15\x80a\x06!WP`\x08\x81\x11[\x15a\x06PW`@Qc\xA3\xB2\xB0C`\xE0\x1B\x81R`\x04\x81\x01\x84\x90R`$\x81\x01\x82\x90R`\x08`D\x82\x01R`d\x01a\x05tV[_\x80[\x82\x81\x10\x15a\x06\xCAW_\x84\x84\x83\x81\x81\x10a\x06nWa\x06na\x11\xA1V[\x90P` \x02\x01` \x81\x01\x90a\x06\x83\x91\x90a\x11\xD3V[\x90P\x82c\xFF\xFF\xFF\xFF\x16\x81c\xFF\xFF\xFF\xFF\x16\x11a\x06\xC0W`@QcAf\xED?`\xE1\x1B\x81R`\x04\x81\x01\x87\x90Rc\xFF\xFF\xFF\xFF\x82\x16`$\x82\x01R`D\x01a\x05tV[\x91P`\x01\x01a\x06SV[PPPP\x80`\x01\x01\x90Pa\x05\xC8V[\x7F/]\xF2>\xA8\x02\x03?\x12\x06V\x1E\xB0\x16\x10y\xEFB\x81\xE0~\xBF\xB87\x8BF\x8A:\x8E\xFE\"\xEFa\x07\x03\x81a\tYV[`\x01`\x01`\xA0\x1B\x03\x85\x16a\x07*W`@Qc\x18\x95p\xDF`\xE3\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x82_\x03a\x07JW`@Qc\x05:U\xA5`\xE2\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x07T\x85\x85a\x0B\xF6V[`@\x80Q\x80\x82\x01\x82R\x84\x81Rc\xFF\xFF\xFF\xFF\x84\x81\x16` \x80\x84\x01\x82\x81R`\x01`\x01`\xA0\x1B\x03\x8B\x16_\x81\x81R`\x02\x84R\x87\x90 \x95Q\x86U\x90Q`\x01\x90\x95\x01\x80Tc\xFF\xFF\xFF\xFF\x19\x16\x95\x90\x94\x16\x94\x90\x94\x17\x90\x92U\x92Q\x92\x83R\x85\x92\x7F\xA6\x89\xF4\x1Bky\xBF\x19\xF4\xC4\0c\"+m\n\x99s\x03\x13\xF5\xF6G\xD4\xE1\xE8\x12v\xFD\xDB\x1E\x9C\x91\x01`@Q\x80\x91\x03\x90\xA3PPPPPV[a\x07\xE73\x82a\x0B\xF6V[3_\x81\x81R`\x02` \x90\x81R`@\x82 \x91\x82U`\x01\x90\x91\x01\x80Tc\xFF\xFF\xFF\xFF\x19\x16\x90U\x7F\xAE\x1C&\xFC\xEE\"!\x9D\x84M1\x01C\x1C(\xE1\x88\xC4\xEF\xAE\xB0\xB0>Y#\xAD3$(_\x0C\x90\x90a\x088\x90\x84\x01\x84a\x114V[a\x08H`@\x85\x01` \x86\x01a\x11\xF8V[`\x02\x81\x11\x15a\x08YWa\x08Ya\x0F-V[a\x08f`\x80\x86\x01\x86a\x11TV[`@\x80Q`\xFF\x95\x86\x16\x81R\x93\x90\x94\x16` \x84\x01R\x82\x84\x01RP\x90Q\x90\x81\x90\x03``\x01\x90\xA2PV[3_\x90\x81R`\x01` \x81\x90R`@\x82 \x80T`\xFF\x19\x16\x81U\x90\x81\x01\x80T`\x01`\x01`\xB8\x1B\x03\x19\x16\x90U\x90a\x08\xC4`\x02\x83\x01\x82a\rQV[PP3_\x81\x81R`\x02` R`@\x80\x82 \x82\x81U`\x01\x01\x80Tc\xFF\xFF\xFF\xFF\x19\x16\x90UQ\x7F\xE2h\xFC\xAA\xD5a=\x18\xD2\x96\x10=\x1Aw[gT\xA6i\xF06\xB4\x84\x13@\xA1\xC39F\xA1E\xA6\x91\x90\xA2V[_\x91\x82R` \x82\x81R`@\x80\x84 `\x01`\x01`\xA0\x1B\x03\x93\x90\x93\x16\x84R\x91\x90R\x90 T`\xFF\x16\x90V[_\x82\x81R` \x81\x90R`@\x90 `\x01\x01Ta\tO\x81a\tYV[a\x03)\x83\x83a\t\xF5V[a\tc\x813a\r\x18V[PV[_a\tq\x83\x83a\t\rV[a\t\xEEW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x84R\x90\x91R\x90 \x80T`\xFF\x19\x16`\x01\x17\x90Ua\t\xA63\x90V[`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16\x84\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r`@Q`@Q\x80\x91\x03\x90\xA4P`\x01a\x02\xFFV[P_a\x02\xFFV[_a\n\0\x83\x83a\t\rV[\x15a\t\xEEW_\x83\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x86\x16\x80\x85R\x92R\x80\x83 \x80T`\xFF\x19\x16\x90UQ3\x92\x86\x91\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B\x91\x90\xA4P`\x01a\x02\xFFV[_\x80a\nm` \x84\x01\x84a\x11\xF8V[`\x02\x81\x11\x15a\n~Wa\n~a\x0F-V[\x03a\n\xC2W_a\n\x94`@\x84\x01` \x85\x01a\x0F\x12V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x80\x15a\n\xBBWPa\n\xB5``\x83\x01`@\x84\x01a\x12\"V[a\xFF\xFF\x16\x15[\x90Pa\x0BwV[`\x01a\n\xD1` \x84\x01\x84a\x11\xF8V[`\x02\x81\x11\x15a\n\xE2Wa\n\xE2a\x0F-V[\x03a\x0B\x1AW_a\n\xF8`@\x84\x01` \x85\x01a\x0F\x12V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\n\xBBWPa\n\xB5``\x83\x01`@\x84\x01a\x12\"V[_a\x0B+`@\x84\x01` \x85\x01a\x0F\x12V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15\x80\x15a\x0BTWPa\x0BM``\x83\x01`@\x84\x01a\x12\"V[a\xFF\xFF\x16\x15\x15[\x80\x15a\x0BtWPa'\x10a\x0Bn``\x84\x01`@\x85\x01a\x12\"V[a\xFF\xFF\x16\x10[\x90P[\x80a\x0B\xF2Wa\x0B\x89` \x83\x01\x83a\x11\xF8V[`\x02\x81\x11\x15a\x0B\x9AWa\x0B\x9Aa\x0F-V[a\x0B\xAA`@\x84\x01` \x85\x01a\x0F\x12V[a\x0B\xBA``\x85\x01`@\x86\x01a\x12\"V[`@Qc\x12\x1F\xA9?`\xE2\x1B\x81R`\xFF\x90\x93\x16`\x04\x84\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`$\x83\x01Ra\xFF\xFF\x16`D\x82\x01R`d\x01a\x05tV[PPV[a\x0B\xFF\x81a\x052V[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` R`@\x81 \x90a\x0C%\x90`\x02\x83\x01\x90a\rQV[a\x0C2` \x83\x01\x83a\x114V[\x81T`\xFF\x19\x16`\xFF\x91\x90\x91\x16\x17\x81U` \x82\x01`\x01\x82\x01a\x0CS\x82\x82a\x12=V[\x90PP_[a\x0Ce`\x80\x84\x01\x84a\x11TV[\x90P\x81\x10\x15a\x03)W6a\x0C|`\x80\x85\x01\x85a\x11TV[\x83\x81\x81\x10a\x0C\x8CWa\x0C\x8Ca\x11\xA1V[\x90P` \x02\x81\x01\x90a\x0C\x9E\x91\x90a\x11\xB5V[`\x02\x84\x01\x80T`\x01\x81\x01\x82U_\x91\x82R` \x91\x82\x90 \x92\x93P`\x03\x02\x90\x91\x01\x90a\x0C\xCA\x90\x83\x01\x83a\x0F\x12V[\x81T`\x01`\x01`\xA0\x1B\x03\x19\x16`\x01`\x01`\xA0\x1B\x03\x91\x90\x91\x16\x17\x81U` \x82\x015`\x01\x82\x01Ua\x0C\xFC`@\x83\x01\x83a\x11TV[a\r\n\x91`\x02\x84\x01\x91a\roV[PPP\x80`\x01\x01\x90Pa\x0CXV[a\r\"\x82\x82a\t\rV[a\x0B\xF2W`@Qc\xE2Q}?`\xE0\x1B\x81R`\x01`\x01`\xA0\x1B\x03\x82\x16`\x04\x82\x01R`$\x81\x01\x83\x90R`D\x01a\x05tV[P\x80T_\x82U`\x03\x02\x90_R` _ \x90\x81\x01\x90a\tc\x91\x90a\x0E!V[\x82\x80T\x82\x82U\x90_R` _ \x90`\x07\x01`\x08\x90\x04\x81\x01\x92\x82\x15a\x0E\x11W\x91` \x02\x82\x01_[\x83\x82\x11\x15a\r\xDFW\x835c\xFF\xFF\xFF\xFF\x16\x83\x82a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x92` \x01\x92`\x04\x01` \x81`\x03\x01\x04\x92\x83\x01\x92`\x01\x03\x02a\r\x95V[\x80\x15a\x0E\x0FW\x82\x81a\x01\0\n\x81T\x90c\xFF\xFF\xFF\xFF\x02\x19\x16\x90U`\x04\x01` \x81`\x03\x01\x04\x92\x83\x01\x92`\x01\x03\x02a\r\xDFV[P[Pa\x0E\x1D\x92\x91Pa\x0EUV[P\x90V[\x80\x82\x11\x15a\x0E\x1DW\x80T`\x01`\x01`\xA0\x1B\x03\x19\x16\x81U_`\x01\x82\x01\x81\x90Ua\x0EL`\x02\x83\x01\x82a\x0EiV[P`\x03\x01a\x0E!V[[\x80\x82\x11\x15a\x0E\x1DW_\x81U`\x01\x01a\x0EVV[P\x80T_\x82U`\x07\x01`\x08\x90\x04\x90_R` _ \x90\x81\x01\x90a\tc\x91\x90a\x0EUV[_` \x82\x84\x03\x12\x15a\x0E\x9BW__\xFD[\x815`\x01`\x01`\xE0\x1B\x03\x19\x81\x16\x81\x14a\x0E\xB2W__\xFD[\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x0E\xC9W__\xFD[P5\x91\x90PV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\tcW__\xFD[__`@\x83\x85\x03\x12\x15a\x0E\xF5W__\xFD[\x825\x91P` \x83\x015a\x0F\x07\x81a\x0E\xD0V[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15a\x0F\"W__\xFD[\x815a\x0E\xB2\x81a\x0E\xD0V[cNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[_\x82\x82Q\x80\x85R` \x85\x01\x94P` \x81`\x05\x1B\x83\x01\x01` \x85\x01_[\x83\x81\x10\x15a\x0F\xE9W\x84\x83\x03`\x1F\x19\x01\x88R\x81Q\x80Q`\x01`\x01`\xA0\x1B\x03\x16\x84R` \x80\x82\x01Q\x81\x86\x01R`@\x91\x82\x01Q``\x92\x86\x01\x83\x90R\x80Q\x92\x86\x01\x83\x90R\x01\x90_\x90`\x80\x86\x01\x90[\x80\x83\x10\x15a\x0F\xD0Wc\xFF\xFF\xFF\xFF\x84Q\x16\x82R` \x82\x01\x91P` \x84\x01\x93P`\x01\x83\x01\x92Pa\x0F\xA7V[P` \x9A\x8B\x01\x9A\x90\x95P\x93\x90\x93\x01\x92PP`\x01\x01a\x0F]V[P\x90\x96\x95PPPPPPV[` \x81R`\xFF\x82Q\x16` \x82\x01R_` \x83\x01Q\x80Q`\x03\x81\x10a\x10'WcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[`@\x84\x81\x01\x91\x90\x91R` \x82\x01Q`\x01`\x01`\xA0\x1B\x03\x16``\x85\x01R\x90\x81\x01Qa\xFF\xFF\x16`\x80\x84\x01R\x83\x01Q`\xA0\x80\x84\x01Ra\x10f`\xC0\x84\x01\x82a\x0FAV[\x94\x93PPPPV[_`\xA0\x82\x84\x03\x12\x15a\x10~W__\xFD[P\x91\x90PV[_` \x82\x84\x03\x12\x15a\x10\x94W__\xFD[\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x10\xAAW__\xFD[a\x10f\x84\x82\x85\x01a\x10nV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x10\xC9W__\xFD[\x91\x90PV[____`\x80\x85\x87\x03\x12\x15a\x10\xE1W__\xFD[\x845a\x10\xEC\x81a\x0E\xD0V[\x93P` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x11\x07W__\xFD[a\x11\x13\x87\x82\x88\x01a\x10nV[\x93PP`@\x85\x015\x91Pa\x11)``\x86\x01a\x10\xB6V[\x90P\x92\x95\x91\x94P\x92PV[_` \x82\x84\x03\x12\x15a\x11DW__\xFD[\x815`\xFF\x81\x16\x81\x14a\x0E\xB2W__\xFD[__\x835`\x1E\x19\x846\x03\x01\x81\x12a\x11iW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a\x11\x83W__\xFD[` \x01\x91P`\x05\x81\x90\x1B6\x03\x82\x13\x15a\x11\x9AW__\xFD[\x92P\x92\x90PV[cNH{q`\xE0\x1B_R`2`\x04R`$_\xFD[_\x825`^\x19\x836\x03\x01\x81\x12a\x11\xC9W__\xFD[\x91\x90\x91\x01\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x11\xE3W__\xFD[a\x0E\xB2\x82a\x10\xB6V[`\x03\x81\x10a\tcW__\xFD[_` \x82\x84\x03\x12\x15a\x12\x08W__\xFD[\x815a\x0E\xB2\x81a\x11\xECV[a\xFF\xFF\x81\x16\x81\x14a\tcW__\xFD[_` \x82\x84\x03\x12\x15a\x122W__\xFD[\x815a\x0E\xB2\x81a\x12\x13V[\x815a\x12H\x81a\x11\xECV[`\x03\x81\x10a\x12dWcNH{q`\xE0\x1B_R`!`\x04R`$_\xFD[\x81T`\xFF\x82\x16\x91P\x81`\xFF\x19\x82\x16\x17\x83U` \x84\x015a\x12\x83\x81a\x0E\xD0V[`\x01`\x01`\xA8\x1B\x03\x19\x91\x90\x91\x16\x90\x91\x17`\x08\x91\x90\x91\x1Ba\x01\0`\x01`\xA8\x1B\x03\x16\x17\x81U`@\x82\x015a\x12\xB4\x81a\x12\x13V[\x81Ta\xFF\xFF`\xA8\x1B\x19\x16`\xA8\x91\x90\x91\x1Ba\xFF\xFF`\xA8\x1B\x16\x17\x90UPV",
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
    /**Custom error with signature `ProfileRegistryInvalidGasPayment(uint8,address,uint16)` and selector `0x487ea4fc`.
```solidity
error ProfileRegistryInvalidGasPayment(uint8 mode, address stablecoin, uint16 eraShareBps);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileRegistryInvalidGasPayment {
        #[allow(missing_docs)]
        pub mode: u8,
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
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<16>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8, alloy::sol_types::private::Address, u16);
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
        impl ::core::convert::From<ProfileRegistryInvalidGasPayment>
        for UnderlyingRustTuple<'_> {
            fn from(value: ProfileRegistryInvalidGasPayment) -> Self {
                (value.mode, value.stablecoin, value.eraShareBps)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ProfileRegistryInvalidGasPayment {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    mode: tuple.0,
                    stablecoin: tuple.1,
                    eraShareBps: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProfileRegistryInvalidGasPayment {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProfileRegistryInvalidGasPayment(uint8,address,uint16)";
            const SELECTOR: [u8; 4] = [72u8, 126u8, 164u8, 252u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.mode),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.stablecoin,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::SolType>::tokenize(&self.eraShareBps),
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
    /**Custom error with signature `ProfileRegistryInvalidRollupKinds(uint8)` and selector `0xa686dedf`.
```solidity
error ProfileRegistryInvalidRollupKinds(uint8 rollupKinds);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileRegistryInvalidRollupKinds {
        #[allow(missing_docs)]
        pub rollupKinds: u8,
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
        impl ::core::convert::From<ProfileRegistryInvalidRollupKinds>
        for UnderlyingRustTuple<'_> {
            fn from(value: ProfileRegistryInvalidRollupKinds) -> Self {
                (value.rollupKinds,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ProfileRegistryInvalidRollupKinds {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { rollupKinds: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProfileRegistryInvalidRollupKinds {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProfileRegistryInvalidRollupKinds(uint8)";
            const SELECTOR: [u8; 4] = [166u8, 134u8, 222u8, 223u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupKinds),
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
    /**Custom error with signature `ProfileRegistryInvalidTarget(uint256,uint32)` and selector `0x82cdda7e`.
```solidity
error ProfileRegistryInvalidTarget(uint256 ruleIndex, uint32 rollupId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileRegistryInvalidTarget {
        #[allow(missing_docs)]
        pub ruleIndex: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub rollupId: u32,
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
        impl ::core::convert::From<ProfileRegistryInvalidTarget>
        for UnderlyingRustTuple<'_> {
            fn from(value: ProfileRegistryInvalidTarget) -> Self {
                (value.ruleIndex, value.rollupId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ProfileRegistryInvalidTarget {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    ruleIndex: tuple.0,
                    rollupId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProfileRegistryInvalidTarget {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProfileRegistryInvalidTarget(uint256,uint32)";
            const SELECTOR: [u8; 4] = [130u8, 205u8, 218u8, 126u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.ruleIndex),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupId),
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
    /**Custom error with signature `ProfileRegistryInvalidTargetCount(uint256,uint256,uint256)` and selector `0xa3b2b043`.
```solidity
error ProfileRegistryInvalidTargetCount(uint256 ruleIndex, uint256 count, uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileRegistryInvalidTargetCount {
        #[allow(missing_docs)]
        pub ruleIndex: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ProfileRegistryInvalidTargetCount>
        for UnderlyingRustTuple<'_> {
            fn from(value: ProfileRegistryInvalidTargetCount) -> Self {
                (value.ruleIndex, value.count, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ProfileRegistryInvalidTargetCount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    ruleIndex: tuple.0,
                    count: tuple.1,
                    maximum: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProfileRegistryInvalidTargetCount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProfileRegistryInvalidTargetCount(uint256,uint256,uint256)";
            const SELECTOR: [u8; 4] = [163u8, 178u8, 176u8, 67u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.ruleIndex),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
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
    /**Custom error with signature `ProfileRegistryTooManyRules(uint256,uint256)` and selector `0x276542e6`.
```solidity
error ProfileRegistryTooManyRules(uint256 count, uint256 maximum);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileRegistryTooManyRules {
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<ProfileRegistryTooManyRules>
        for UnderlyingRustTuple<'_> {
            fn from(value: ProfileRegistryTooManyRules) -> Self {
                (value.count, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ProfileRegistryTooManyRules {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    count: tuple.0,
                    maximum: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProfileRegistryTooManyRules {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProfileRegistryTooManyRules(uint256,uint256)";
            const SELECTOR: [u8; 4] = [39u8, 101u8, 66u8, 230u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
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
    /**Custom error with signature `ProfileRegistryZeroAdmin()` and selector `0x269fc58a`.
```solidity
error ProfileRegistryZeroAdmin();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileRegistryZeroAdmin;
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
        impl ::core::convert::From<ProfileRegistryZeroAdmin>
        for UnderlyingRustTuple<'_> {
            fn from(value: ProfileRegistryZeroAdmin) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ProfileRegistryZeroAdmin {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProfileRegistryZeroAdmin {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProfileRegistryZeroAdmin()";
            const SELECTOR: [u8; 4] = [38u8, 159u8, 197u8, 138u8];
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
    /**Custom error with signature `ProfileRegistryZeroConfigId()` and selector `0x14e95694`.
```solidity
error ProfileRegistryZeroConfigId();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileRegistryZeroConfigId;
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
        impl ::core::convert::From<ProfileRegistryZeroConfigId>
        for UnderlyingRustTuple<'_> {
            fn from(value: ProfileRegistryZeroConfigId) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ProfileRegistryZeroConfigId {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProfileRegistryZeroConfigId {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProfileRegistryZeroConfigId()";
            const SELECTOR: [u8; 4] = [20u8, 233u8, 86u8, 148u8];
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
    /**Custom error with signature `ProfileRegistryZeroUser()` and selector `0xc4ab86f8`.
```solidity
error ProfileRegistryZeroUser();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ProfileRegistryZeroUser;
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
        impl ::core::convert::From<ProfileRegistryZeroUser> for UnderlyingRustTuple<'_> {
            fn from(value: ProfileRegistryZeroUser) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ProfileRegistryZeroUser {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ProfileRegistryZeroUser {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ProfileRegistryZeroUser()";
            const SELECTOR: [u8; 4] = [196u8, 171u8, 134u8, 248u8];
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
    /**Event with signature `ProfileApplied(address,uint256,uint32)` and selector `0xa689f41b6b79bf19f4c40063222b6d0a99730313f5f647d4e1e81276fddb1e9c`.
```solidity
event ProfileApplied(address indexed user, uint256 indexed configId, uint32 version);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProfileApplied {
        #[allow(missing_docs)]
        pub user: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for ProfileApplied {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
            );
            const SIGNATURE: &'static str = "ProfileApplied(address,uint256,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                166u8, 137u8, 244u8, 27u8, 107u8, 121u8, 191u8, 25u8, 244u8, 196u8, 0u8,
                99u8, 34u8, 43u8, 109u8, 10u8, 153u8, 115u8, 3u8, 19u8, 245u8, 246u8,
                71u8, 212u8, 225u8, 232u8, 18u8, 118u8, 253u8, 219u8, 30u8, 156u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    user: topics.1,
                    configId: topics.2,
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
                (Self::SIGNATURE_HASH.into(), self.user.clone(), self.configId.clone())
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
                    &self.user,
                );
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    256,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.configId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProfileApplied {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProfileApplied> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProfileApplied) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProfileCleared(address)` and selector `0xe268fcaad5613d18d296103d1a775b6754a669f036b4841340a1c33946a145a6`.
```solidity
event ProfileCleared(address indexed user);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProfileCleared {
        #[allow(missing_docs)]
        pub user: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for ProfileCleared {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ProfileCleared(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                226u8, 104u8, 252u8, 170u8, 213u8, 97u8, 61u8, 24u8, 210u8, 150u8, 16u8,
                61u8, 26u8, 119u8, 91u8, 103u8, 84u8, 166u8, 105u8, 240u8, 54u8, 180u8,
                132u8, 19u8, 64u8, 161u8, 195u8, 57u8, 70u8, 161u8, 69u8, 166u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { user: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.user.clone())
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
                    &self.user,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProfileCleared {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProfileCleared> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProfileCleared) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ProfileSet(address,uint8,uint8,uint256)` and selector `0xae1c26fcee22219d844d3101431c28e188c4efaeb0b03e5923ad3324285f0c90`.
```solidity
event ProfileSet(address indexed user, uint8 rollupKinds, uint8 gasMode, uint256 ruleCount);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ProfileSet {
        #[allow(missing_docs)]
        pub user: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub rollupKinds: u8,
        #[allow(missing_docs)]
        pub gasMode: u8,
        #[allow(missing_docs)]
        pub ruleCount: alloy::sol_types::private::primitives::aliases::U256,
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
        impl alloy_sol_types::SolEvent for ProfileSet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ProfileSet(address,uint8,uint8,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                174u8, 28u8, 38u8, 252u8, 238u8, 34u8, 33u8, 157u8, 132u8, 77u8, 49u8,
                1u8, 67u8, 28u8, 40u8, 225u8, 136u8, 196u8, 239u8, 174u8, 176u8, 176u8,
                62u8, 89u8, 35u8, 173u8, 51u8, 36u8, 40u8, 95u8, 12u8, 144u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    user: topics.1,
                    rollupKinds: data.0,
                    gasMode: data.1,
                    ruleCount: data.2,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.rollupKinds),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.gasMode),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.ruleCount),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.user.clone())
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
                    &self.user,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ProfileSet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ProfileSet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ProfileSet) -> alloy_sol_types::private::LogData {
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
    /**Constructor`.
```solidity
constructor(address admin);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
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
                    (value.admin,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { admin: tuple.0 }
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
                        &self.admin,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `ANY_KIND()` and selector `0xaa28dcd7`.
```solidity
function ANY_KIND() external view returns (uint8);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ANY_KINDCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`ANY_KIND()`](ANY_KINDCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ANY_KINDReturn {
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
            impl ::core::convert::From<ANY_KINDCall> for UnderlyingRustTuple<'_> {
                fn from(value: ANY_KINDCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ANY_KINDCall {
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
            impl ::core::convert::From<ANY_KINDReturn> for UnderlyingRustTuple<'_> {
                fn from(value: ANY_KINDReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for ANY_KINDReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for ANY_KINDCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ANY_KIND()";
            const SELECTOR: [u8; 4] = [170u8, 40u8, 220u8, 215u8];
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
                        let r: ANY_KINDReturn = r.into();
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
                        let r: ANY_KINDReturn = r.into();
                        r._0
                    })
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
    /**Function with signature `KIND_OPTIMISTIC()` and selector `0xa8f53797`.
```solidity
function KIND_OPTIMISTIC() external view returns (uint8);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct KIND_OPTIMISTICCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`KIND_OPTIMISTIC()`](KIND_OPTIMISTICCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct KIND_OPTIMISTICReturn {
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
            impl ::core::convert::From<KIND_OPTIMISTICCall> for UnderlyingRustTuple<'_> {
                fn from(value: KIND_OPTIMISTICCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for KIND_OPTIMISTICCall {
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
            impl ::core::convert::From<KIND_OPTIMISTICReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: KIND_OPTIMISTICReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for KIND_OPTIMISTICReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for KIND_OPTIMISTICCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "KIND_OPTIMISTIC()";
            const SELECTOR: [u8; 4] = [168u8, 245u8, 55u8, 151u8];
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
                        let r: KIND_OPTIMISTICReturn = r.into();
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
                        let r: KIND_OPTIMISTICReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `KIND_ZK()` and selector `0x1157dc6c`.
```solidity
function KIND_ZK() external view returns (uint8);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct KIND_ZKCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`KIND_ZK()`](KIND_ZKCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct KIND_ZKReturn {
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
            impl ::core::convert::From<KIND_ZKCall> for UnderlyingRustTuple<'_> {
                fn from(value: KIND_ZKCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for KIND_ZKCall {
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
            impl ::core::convert::From<KIND_ZKReturn> for UnderlyingRustTuple<'_> {
                fn from(value: KIND_ZKReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for KIND_ZKReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for KIND_ZKCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "KIND_ZK()";
            const SELECTOR: [u8; 4] = [17u8, 87u8, 220u8, 108u8];
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
                        let r: KIND_ZKReturn = r.into();
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
                        let r: KIND_ZKReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_RULES()` and selector `0x9ec296f2`.
```solidity
function MAX_RULES() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_RULESCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_RULES()`](MAX_RULESCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_RULESReturn {
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
            impl ::core::convert::From<MAX_RULESCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_RULESCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_RULESCall {
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
            impl ::core::convert::From<MAX_RULESReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_RULESReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_RULESReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_RULESCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_RULES()";
            const SELECTOR: [u8; 4] = [158u8, 194u8, 150u8, 242u8];
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
                        let r: MAX_RULESReturn = r.into();
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
                        let r: MAX_RULESReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `MAX_TARGETS()` and selector `0xf6b25a40`.
```solidity
function MAX_TARGETS() external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_TARGETSCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`MAX_TARGETS()`](MAX_TARGETSCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MAX_TARGETSReturn {
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
            impl ::core::convert::From<MAX_TARGETSCall> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_TARGETSCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_TARGETSCall {
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
            impl ::core::convert::From<MAX_TARGETSReturn> for UnderlyingRustTuple<'_> {
                fn from(value: MAX_TARGETSReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for MAX_TARGETSReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for MAX_TARGETSCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MAX_TARGETS()";
            const SELECTOR: [u8; 4] = [246u8, 178u8, 90u8, 64u8];
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
                        let r: MAX_TARGETSReturn = r.into();
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
                        let r: MAX_TARGETSReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    /**Function with signature `applyProfile(address,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]),uint256,uint32)` and selector `0x6b84ea5e`.
```solidity
function applyProfile(address user, IProfileRegistry.Profile memory profile, uint256 configId, uint32 version) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyProfileCall {
        #[allow(missing_docs)]
        pub user: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub configId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub version: u32,
    }
    ///Container type for the return parameters of the [`applyProfile(address,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]),uint256,uint32)`](applyProfileCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct applyProfileReturn {}
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
                alloy::sol_types::sol_data::Address,
                IProfileRegistry::Profile,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<applyProfileCall> for UnderlyingRustTuple<'_> {
                fn from(value: applyProfileCall) -> Self {
                    (value.user, value.profile, value.configId, value.version)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyProfileCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        user: tuple.0,
                        profile: tuple.1,
                        configId: tuple.2,
                        version: tuple.3,
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
            impl ::core::convert::From<applyProfileReturn> for UnderlyingRustTuple<'_> {
                fn from(value: applyProfileReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for applyProfileReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl applyProfileReturn {
            fn _tokenize(
                &self,
            ) -> <applyProfileCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for applyProfileCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                IProfileRegistry::Profile,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = applyProfileReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "applyProfile(address,(uint8,(uint8,address,uint16),(address,uint256,uint32[])[]),uint256,uint32)";
            const SELECTOR: [u8; 4] = [107u8, 132u8, 234u8, 94u8];
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
                        &self.user,
                    ),
                    <IProfileRegistry::Profile as alloy_sol_types::SolType>::tokenize(
                        &self.profile,
                    ),
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
                applyProfileReturn::_tokenize(ret)
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
    /**Function with signature `clearProfile()` and selector `0x8ccec7b6`.
```solidity
function clearProfile() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clearProfileCall;
    ///Container type for the return parameters of the [`clearProfile()`](clearProfileCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct clearProfileReturn {}
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
            impl ::core::convert::From<clearProfileCall> for UnderlyingRustTuple<'_> {
                fn from(value: clearProfileCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clearProfileCall {
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
            impl ::core::convert::From<clearProfileReturn> for UnderlyingRustTuple<'_> {
                fn from(value: clearProfileReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for clearProfileReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl clearProfileReturn {
            fn _tokenize(
                &self,
            ) -> <clearProfileCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for clearProfileCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = clearProfileReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "clearProfile()";
            const SELECTOR: [u8; 4] = [140u8, 206u8, 199u8, 182u8];
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
                clearProfileReturn::_tokenize(ret)
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
    /**Function with signature `profileOf(address)` and selector `0x2f8eb9cb`.
```solidity
function profileOf(address user) external view returns (IProfileRegistry.Profile memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct profileOfCall {
        #[allow(missing_docs)]
        pub user: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    ///Container type for the return parameters of the [`profileOf(address)`](profileOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct profileOfReturn {
        #[allow(missing_docs)]
        pub _0: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<profileOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: profileOfCall) -> Self {
                    (value.user,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for profileOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { user: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IProfileRegistry::Profile,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<profileOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: profileOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for profileOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for profileOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IProfileRegistry::Profile,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "profileOf(address)";
            const SELECTOR: [u8; 4] = [47u8, 142u8, 185u8, 203u8];
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
                        &self.user,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IProfileRegistry::Profile as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: profileOfReturn = r.into();
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
                        let r: profileOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `profileSource(address)` and selector `0x7b4aa442`.
```solidity
function profileSource(address user) external view returns (IProfileRegistry.ProfileSource memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct profileSourceCall {
        #[allow(missing_docs)]
        pub user: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`profileSource(address)`](profileSourceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct profileSourceReturn {
        #[allow(missing_docs)]
        pub _0: <IProfileRegistry::ProfileSource as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<profileSourceCall> for UnderlyingRustTuple<'_> {
                fn from(value: profileSourceCall) -> Self {
                    (value.user,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for profileSourceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { user: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IProfileRegistry::ProfileSource,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IProfileRegistry::ProfileSource as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<profileSourceReturn> for UnderlyingRustTuple<'_> {
                fn from(value: profileSourceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for profileSourceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for profileSourceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IProfileRegistry::ProfileSource as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IProfileRegistry::ProfileSource,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "profileSource(address)";
            const SELECTOR: [u8; 4] = [123u8, 74u8, 164u8, 66u8];
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
                        &self.user,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IProfileRegistry::ProfileSource as alloy_sol_types::SolType>::tokenize(
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
                        let r: profileSourceReturn = r.into();
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
                        let r: profileSourceReturn = r.into();
                        r._0
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
    #[derive()]
    /**Function with signature `setProfile((uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))` and selector `0x88aae1dc`.
```solidity
function setProfile(IProfileRegistry.Profile memory profile) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProfileCall {
        #[allow(missing_docs)]
        pub profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`setProfile((uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))`](setProfileCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setProfileReturn {}
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
            type UnderlyingSolTuple<'a> = (IProfileRegistry::Profile,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<setProfileCall> for UnderlyingRustTuple<'_> {
                fn from(value: setProfileCall) -> Self {
                    (value.profile,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setProfileCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { profile: tuple.0 }
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
            impl ::core::convert::From<setProfileReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setProfileReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setProfileReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setProfileReturn {
            fn _tokenize(
                &self,
            ) -> <setProfileCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setProfileCall {
            type Parameters<'a> = (IProfileRegistry::Profile,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setProfileReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setProfile((uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))";
            const SELECTOR: [u8; 4] = [136u8, 170u8, 225u8, 220u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IProfileRegistry::Profile as alloy_sol_types::SolType>::tokenize(
                        &self.profile,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setProfileReturn::_tokenize(ret)
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
    #[derive()]
    /**Function with signature `validateProfile((uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))` and selector `0x3de03c22`.
```solidity
function validateProfile(IProfileRegistry.Profile memory profile) external pure;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct validateProfileCall {
        #[allow(missing_docs)]
        pub profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`validateProfile((uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))`](validateProfileCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct validateProfileReturn {}
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
            type UnderlyingSolTuple<'a> = (IProfileRegistry::Profile,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
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
            impl ::core::convert::From<validateProfileCall> for UnderlyingRustTuple<'_> {
                fn from(value: validateProfileCall) -> Self {
                    (value.profile,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for validateProfileCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { profile: tuple.0 }
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
            impl ::core::convert::From<validateProfileReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: validateProfileReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for validateProfileReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl validateProfileReturn {
            fn _tokenize(
                &self,
            ) -> <validateProfileCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for validateProfileCall {
            type Parameters<'a> = (IProfileRegistry::Profile,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = validateProfileReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "validateProfile((uint8,(uint8,address,uint16),(address,uint256,uint32[])[]))";
            const SELECTOR: [u8; 4] = [61u8, 224u8, 60u8, 34u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <IProfileRegistry::Profile as alloy_sol_types::SolType>::tokenize(
                        &self.profile,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                validateProfileReturn::_tokenize(ret)
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
    ///Container for all the [`ProfileRegistry`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum ProfileRegistryCalls {
        #[allow(missing_docs)]
        ANY_KIND(ANY_KINDCall),
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        KIND_OPTIMISTIC(KIND_OPTIMISTICCall),
        #[allow(missing_docs)]
        KIND_ZK(KIND_ZKCall),
        #[allow(missing_docs)]
        MAX_RULES(MAX_RULESCall),
        #[allow(missing_docs)]
        MAX_TARGETS(MAX_TARGETSCall),
        #[allow(missing_docs)]
        applyProfile(applyProfileCall),
        #[allow(missing_docs)]
        clearProfile(clearProfileCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        profileOf(profileOfCall),
        #[allow(missing_docs)]
        profileSource(profileSourceCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        setProfile(setProfileCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        validateProfile(validateProfileCall),
    }
    impl ProfileRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [17u8, 87u8, 220u8, 108u8],
            [36u8, 138u8, 156u8, 163u8],
            [47u8, 47u8, 241u8, 93u8],
            [47u8, 142u8, 185u8, 203u8],
            [54u8, 86u8, 138u8, 190u8],
            [61u8, 224u8, 60u8, 34u8],
            [107u8, 132u8, 234u8, 94u8],
            [123u8, 74u8, 164u8, 66u8],
            [136u8, 170u8, 225u8, 220u8],
            [140u8, 206u8, 199u8, 182u8],
            [145u8, 209u8, 72u8, 84u8],
            [158u8, 194u8, 150u8, 242u8],
            [162u8, 23u8, 253u8, 223u8],
            [168u8, 245u8, 55u8, 151u8],
            [170u8, 40u8, 220u8, 215u8],
            [213u8, 71u8, 116u8, 31u8],
            [246u8, 178u8, 90u8, 64u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(KIND_ZK),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(grantRole),
            ::core::stringify!(profileOf),
            ::core::stringify!(renounceRole),
            ::core::stringify!(validateProfile),
            ::core::stringify!(applyProfile),
            ::core::stringify!(profileSource),
            ::core::stringify!(setProfile),
            ::core::stringify!(clearProfile),
            ::core::stringify!(hasRole),
            ::core::stringify!(MAX_RULES),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(KIND_OPTIMISTIC),
            ::core::stringify!(ANY_KIND),
            ::core::stringify!(revokeRole),
            ::core::stringify!(MAX_TARGETS),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <KIND_ZKCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <profileOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <validateProfileCall as alloy_sol_types::SolCall>::SIGNATURE,
            <applyProfileCall as alloy_sol_types::SolCall>::SIGNATURE,
            <profileSourceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setProfileCall as alloy_sol_types::SolCall>::SIGNATURE,
            <clearProfileCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_RULESCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <KIND_OPTIMISTICCall as alloy_sol_types::SolCall>::SIGNATURE,
            <ANY_KINDCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <MAX_TARGETSCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for ProfileRegistryCalls {
        const NAME: &'static str = "ProfileRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 18usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ANY_KIND(_) => <ANY_KINDCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::KIND_OPTIMISTIC(_) => {
                    <KIND_OPTIMISTICCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::KIND_ZK(_) => <KIND_ZKCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::MAX_RULES(_) => {
                    <MAX_RULESCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::MAX_TARGETS(_) => {
                    <MAX_TARGETSCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::applyProfile(_) => {
                    <applyProfileCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::clearProfile(_) => {
                    <clearProfileCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::grantRole(_) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::profileOf(_) => {
                    <profileOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::profileSource(_) => {
                    <profileSourceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setProfile(_) => {
                    <setProfileCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::validateProfile(_) => {
                    <validateProfileCall as alloy_sol_types::SolCall>::SELECTOR
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
            ) -> alloy_sol_types::Result<ProfileRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn KIND_ZK(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <KIND_ZKCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ProfileRegistryCalls::KIND_ZK)
                    }
                    KIND_ZK
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ProfileRegistryCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn profileOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <profileOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ProfileRegistryCalls::profileOf)
                    }
                    profileOf
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn validateProfile(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <validateProfileCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::validateProfile)
                    }
                    validateProfile
                },
                {
                    fn applyProfile(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <applyProfileCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::applyProfile)
                    }
                    applyProfile
                },
                {
                    fn profileSource(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <profileSourceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::profileSource)
                    }
                    profileSource
                },
                {
                    fn setProfile(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <setProfileCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::setProfile)
                    }
                    setProfile
                },
                {
                    fn clearProfile(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <clearProfileCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::clearProfile)
                    }
                    clearProfile
                },
                {
                    fn hasRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ProfileRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn MAX_RULES(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <MAX_RULESCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ProfileRegistryCalls::MAX_RULES)
                    }
                    MAX_RULES
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn KIND_OPTIMISTIC(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <KIND_OPTIMISTICCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::KIND_OPTIMISTIC)
                    }
                    KIND_OPTIMISTIC
                },
                {
                    fn ANY_KIND(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <ANY_KINDCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ProfileRegistryCalls::ANY_KIND)
                    }
                    ANY_KIND
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn MAX_TARGETS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <MAX_TARGETSCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryCalls::MAX_TARGETS)
                    }
                    MAX_TARGETS
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
            ) -> alloy_sol_types::Result<ProfileRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn KIND_ZK(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <KIND_ZKCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::KIND_ZK)
                    }
                    KIND_ZK
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn profileOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <profileOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::profileOf)
                    }
                    profileOf
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn validateProfile(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <validateProfileCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::validateProfile)
                    }
                    validateProfile
                },
                {
                    fn applyProfile(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <applyProfileCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::applyProfile)
                    }
                    applyProfile
                },
                {
                    fn profileSource(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <profileSourceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::profileSource)
                    }
                    profileSource
                },
                {
                    fn setProfile(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <setProfileCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::setProfile)
                    }
                    setProfile
                },
                {
                    fn clearProfile(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <clearProfileCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::clearProfile)
                    }
                    clearProfile
                },
                {
                    fn hasRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn MAX_RULES(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <MAX_RULESCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::MAX_RULES)
                    }
                    MAX_RULES
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn KIND_OPTIMISTIC(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <KIND_OPTIMISTICCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::KIND_OPTIMISTIC)
                    }
                    KIND_OPTIMISTIC
                },
                {
                    fn ANY_KIND(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <ANY_KINDCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::ANY_KIND)
                    }
                    ANY_KIND
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn MAX_TARGETS(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryCalls> {
                        <MAX_TARGETSCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryCalls::MAX_TARGETS)
                    }
                    MAX_TARGETS
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
                Self::ANY_KIND(inner) => {
                    <ANY_KINDCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::KIND_OPTIMISTIC(inner) => {
                    <KIND_OPTIMISTICCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::KIND_ZK(inner) => {
                    <KIND_ZKCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_RULES(inner) => {
                    <MAX_RULESCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::MAX_TARGETS(inner) => {
                    <MAX_TARGETSCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::applyProfile(inner) => {
                    <applyProfileCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::clearProfile(inner) => {
                    <clearProfileCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::profileOf(inner) => {
                    <profileOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::profileSource(inner) => {
                    <profileSourceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setProfile(inner) => {
                    <setProfileCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::validateProfile(inner) => {
                    <validateProfileCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ANY_KIND(inner) => {
                    <ANY_KINDCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::KIND_OPTIMISTIC(inner) => {
                    <KIND_OPTIMISTICCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::KIND_ZK(inner) => {
                    <KIND_ZKCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::MAX_RULES(inner) => {
                    <MAX_RULESCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::MAX_TARGETS(inner) => {
                    <MAX_TARGETSCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::applyProfile(inner) => {
                    <applyProfileCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::clearProfile(inner) => {
                    <clearProfileCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::profileOf(inner) => {
                    <profileOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::profileSource(inner) => {
                    <profileSourceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
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
                Self::setProfile(inner) => {
                    <setProfileCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::validateProfile(inner) => {
                    <validateProfileCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ProfileRegistry`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ProfileRegistryErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        ProfileRegistryInvalidGasPayment(ProfileRegistryInvalidGasPayment),
        #[allow(missing_docs)]
        ProfileRegistryInvalidRollupKinds(ProfileRegistryInvalidRollupKinds),
        #[allow(missing_docs)]
        ProfileRegistryInvalidTarget(ProfileRegistryInvalidTarget),
        #[allow(missing_docs)]
        ProfileRegistryInvalidTargetCount(ProfileRegistryInvalidTargetCount),
        #[allow(missing_docs)]
        ProfileRegistryTooManyRules(ProfileRegistryTooManyRules),
        #[allow(missing_docs)]
        ProfileRegistryZeroAdmin(ProfileRegistryZeroAdmin),
        #[allow(missing_docs)]
        ProfileRegistryZeroConfigId(ProfileRegistryZeroConfigId),
        #[allow(missing_docs)]
        ProfileRegistryZeroUser(ProfileRegistryZeroUser),
    }
    impl ProfileRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [20u8, 233u8, 86u8, 148u8],
            [38u8, 159u8, 197u8, 138u8],
            [39u8, 101u8, 66u8, 230u8],
            [72u8, 126u8, 164u8, 252u8],
            [102u8, 151u8, 178u8, 50u8],
            [130u8, 205u8, 218u8, 126u8],
            [163u8, 178u8, 176u8, 67u8],
            [166u8, 134u8, 222u8, 223u8],
            [196u8, 171u8, 134u8, 248u8],
            [226u8, 81u8, 125u8, 63u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ProfileRegistryZeroConfigId),
            ::core::stringify!(ProfileRegistryZeroAdmin),
            ::core::stringify!(ProfileRegistryTooManyRules),
            ::core::stringify!(ProfileRegistryInvalidGasPayment),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(ProfileRegistryInvalidTarget),
            ::core::stringify!(ProfileRegistryInvalidTargetCount),
            ::core::stringify!(ProfileRegistryInvalidRollupKinds),
            ::core::stringify!(ProfileRegistryZeroUser),
            ::core::stringify!(AccessControlUnauthorizedAccount),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ProfileRegistryZeroConfigId as alloy_sol_types::SolError>::SIGNATURE,
            <ProfileRegistryZeroAdmin as alloy_sol_types::SolError>::SIGNATURE,
            <ProfileRegistryTooManyRules as alloy_sol_types::SolError>::SIGNATURE,
            <ProfileRegistryInvalidGasPayment as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <ProfileRegistryInvalidTarget as alloy_sol_types::SolError>::SIGNATURE,
            <ProfileRegistryInvalidTargetCount as alloy_sol_types::SolError>::SIGNATURE,
            <ProfileRegistryInvalidRollupKinds as alloy_sol_types::SolError>::SIGNATURE,
            <ProfileRegistryZeroUser as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for ProfileRegistryErrors {
        const NAME: &'static str = "ProfileRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 10usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProfileRegistryInvalidGasPayment(_) => {
                    <ProfileRegistryInvalidGasPayment as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProfileRegistryInvalidRollupKinds(_) => {
                    <ProfileRegistryInvalidRollupKinds as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProfileRegistryInvalidTarget(_) => {
                    <ProfileRegistryInvalidTarget as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProfileRegistryInvalidTargetCount(_) => {
                    <ProfileRegistryInvalidTargetCount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProfileRegistryTooManyRules(_) => {
                    <ProfileRegistryTooManyRules as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProfileRegistryZeroAdmin(_) => {
                    <ProfileRegistryZeroAdmin as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProfileRegistryZeroConfigId(_) => {
                    <ProfileRegistryZeroConfigId as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ProfileRegistryZeroUser(_) => {
                    <ProfileRegistryZeroUser as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<ProfileRegistryErrors>] = &[
                {
                    fn ProfileRegistryZeroConfigId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryZeroConfigId as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryZeroConfigId)
                    }
                    ProfileRegistryZeroConfigId
                },
                {
                    fn ProfileRegistryZeroAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryZeroAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryZeroAdmin)
                    }
                    ProfileRegistryZeroAdmin
                },
                {
                    fn ProfileRegistryTooManyRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryTooManyRules as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryTooManyRules)
                    }
                    ProfileRegistryTooManyRules
                },
                {
                    fn ProfileRegistryInvalidGasPayment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryInvalidGasPayment as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryInvalidGasPayment)
                    }
                    ProfileRegistryInvalidGasPayment
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn ProfileRegistryInvalidTarget(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryInvalidTarget as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryInvalidTarget)
                    }
                    ProfileRegistryInvalidTarget
                },
                {
                    fn ProfileRegistryInvalidTargetCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryInvalidTargetCount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ProfileRegistryErrors::ProfileRegistryInvalidTargetCount,
                            )
                    }
                    ProfileRegistryInvalidTargetCount
                },
                {
                    fn ProfileRegistryInvalidRollupKinds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryInvalidRollupKinds as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ProfileRegistryErrors::ProfileRegistryInvalidRollupKinds,
                            )
                    }
                    ProfileRegistryInvalidRollupKinds
                },
                {
                    fn ProfileRegistryZeroUser(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryZeroUser as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryZeroUser)
                    }
                    ProfileRegistryZeroUser
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ProfileRegistryErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
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
            ) -> alloy_sol_types::Result<ProfileRegistryErrors>] = &[
                {
                    fn ProfileRegistryZeroConfigId(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryZeroConfigId as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryZeroConfigId)
                    }
                    ProfileRegistryZeroConfigId
                },
                {
                    fn ProfileRegistryZeroAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryZeroAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryZeroAdmin)
                    }
                    ProfileRegistryZeroAdmin
                },
                {
                    fn ProfileRegistryTooManyRules(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryTooManyRules as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryTooManyRules)
                    }
                    ProfileRegistryTooManyRules
                },
                {
                    fn ProfileRegistryInvalidGasPayment(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryInvalidGasPayment as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryInvalidGasPayment)
                    }
                    ProfileRegistryInvalidGasPayment
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryErrors::AccessControlBadConfirmation)
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn ProfileRegistryInvalidTarget(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryInvalidTarget as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryInvalidTarget)
                    }
                    ProfileRegistryInvalidTarget
                },
                {
                    fn ProfileRegistryInvalidTargetCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryInvalidTargetCount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ProfileRegistryErrors::ProfileRegistryInvalidTargetCount,
                            )
                    }
                    ProfileRegistryInvalidTargetCount
                },
                {
                    fn ProfileRegistryInvalidRollupKinds(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryInvalidRollupKinds as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ProfileRegistryErrors::ProfileRegistryInvalidRollupKinds,
                            )
                    }
                    ProfileRegistryInvalidRollupKinds
                },
                {
                    fn ProfileRegistryZeroUser(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <ProfileRegistryZeroUser as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryErrors::ProfileRegistryZeroUser)
                    }
                    ProfileRegistryZeroUser
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ProfileRegistryErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ProfileRegistryErrors::AccessControlUnauthorizedAccount)
                    }
                    AccessControlUnauthorizedAccount
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
                Self::ProfileRegistryInvalidGasPayment(inner) => {
                    <ProfileRegistryInvalidGasPayment as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProfileRegistryInvalidRollupKinds(inner) => {
                    <ProfileRegistryInvalidRollupKinds as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProfileRegistryInvalidTarget(inner) => {
                    <ProfileRegistryInvalidTarget as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProfileRegistryInvalidTargetCount(inner) => {
                    <ProfileRegistryInvalidTargetCount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProfileRegistryTooManyRules(inner) => {
                    <ProfileRegistryTooManyRules as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProfileRegistryZeroAdmin(inner) => {
                    <ProfileRegistryZeroAdmin as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProfileRegistryZeroConfigId(inner) => {
                    <ProfileRegistryZeroConfigId as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ProfileRegistryZeroUser(inner) => {
                    <ProfileRegistryZeroUser as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::ProfileRegistryInvalidGasPayment(inner) => {
                    <ProfileRegistryInvalidGasPayment as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProfileRegistryInvalidRollupKinds(inner) => {
                    <ProfileRegistryInvalidRollupKinds as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProfileRegistryInvalidTarget(inner) => {
                    <ProfileRegistryInvalidTarget as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProfileRegistryInvalidTargetCount(inner) => {
                    <ProfileRegistryInvalidTargetCount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProfileRegistryTooManyRules(inner) => {
                    <ProfileRegistryTooManyRules as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProfileRegistryZeroAdmin(inner) => {
                    <ProfileRegistryZeroAdmin as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProfileRegistryZeroConfigId(inner) => {
                    <ProfileRegistryZeroConfigId as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ProfileRegistryZeroUser(inner) => {
                    <ProfileRegistryZeroUser as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ProfileRegistry`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ProfileRegistryEvents {
        #[allow(missing_docs)]
        ProfileApplied(ProfileApplied),
        #[allow(missing_docs)]
        ProfileCleared(ProfileCleared),
        #[allow(missing_docs)]
        ProfileSet(ProfileSet),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
    }
    impl ProfileRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                166u8, 137u8, 244u8, 27u8, 107u8, 121u8, 191u8, 25u8, 244u8, 196u8, 0u8,
                99u8, 34u8, 43u8, 109u8, 10u8, 153u8, 115u8, 3u8, 19u8, 245u8, 246u8,
                71u8, 212u8, 225u8, 232u8, 18u8, 118u8, 253u8, 219u8, 30u8, 156u8,
            ],
            [
                174u8, 28u8, 38u8, 252u8, 238u8, 34u8, 33u8, 157u8, 132u8, 77u8, 49u8,
                1u8, 67u8, 28u8, 40u8, 225u8, 136u8, 196u8, 239u8, 174u8, 176u8, 176u8,
                62u8, 89u8, 35u8, 173u8, 51u8, 36u8, 40u8, 95u8, 12u8, 144u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                226u8, 104u8, 252u8, 170u8, 213u8, 97u8, 61u8, 24u8, 210u8, 150u8, 16u8,
                61u8, 26u8, 119u8, 91u8, 103u8, 84u8, 166u8, 105u8, 240u8, 54u8, 180u8,
                132u8, 19u8, 64u8, 161u8, 195u8, 57u8, 70u8, 161u8, 69u8, 166u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(RoleGranted),
            ::core::stringify!(ProfileApplied),
            ::core::stringify!(ProfileSet),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(ProfileCleared),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProfileApplied as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProfileSet as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <ProfileCleared as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for ProfileRegistryEvents {
        const NAME: &'static str = "ProfileRegistryEvents";
        const COUNT: usize = 6usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<ProfileApplied as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProfileApplied as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProfileApplied)
                }
                Some(<ProfileCleared as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProfileCleared as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProfileCleared)
                }
                Some(<ProfileSet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ProfileSet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ProfileSet)
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
    impl alloy_sol_types::private::IntoLogData for ProfileRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::ProfileApplied(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProfileCleared(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ProfileSet(inner) => {
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
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::ProfileApplied(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProfileCleared(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ProfileSet(inner) => {
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
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`ProfileRegistry`](self) contract instance.

See the [wrapper's documentation](`ProfileRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ProfileRegistryInstance<P, N> {
        ProfileRegistryInstance::<P, N>::new(address, __provider)
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
        admin: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<ProfileRegistryInstance<P, N>>,
    > {
        ProfileRegistryInstance::<P, N>::deploy(__provider, admin)
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
        admin: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        ProfileRegistryInstance::<P, N>::deploy_builder(__provider, admin)
    }
    /**A [`ProfileRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ProfileRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ProfileRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ProfileRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ProfileRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ProfileRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ProfileRegistry`](self) contract instance.

See the [wrapper's documentation](`ProfileRegistryInstance`) for more details.*/
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
            admin: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<ProfileRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, admin);
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
            admin: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall { admin },
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
    impl<P: ::core::clone::Clone, N> ProfileRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ProfileRegistryInstance<P, N> {
            ProfileRegistryInstance {
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
    > ProfileRegistryInstance<P, N> {
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
        ///Creates a new call builder for the [`ANY_KIND`] function.
        pub fn ANY_KIND(&self) -> alloy_contract::SolCallBuilder<&P, ANY_KINDCall, N> {
            self.call_builder(&ANY_KINDCall)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`KIND_OPTIMISTIC`] function.
        pub fn KIND_OPTIMISTIC(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, KIND_OPTIMISTICCall, N> {
            self.call_builder(&KIND_OPTIMISTICCall)
        }
        ///Creates a new call builder for the [`KIND_ZK`] function.
        pub fn KIND_ZK(&self) -> alloy_contract::SolCallBuilder<&P, KIND_ZKCall, N> {
            self.call_builder(&KIND_ZKCall)
        }
        ///Creates a new call builder for the [`MAX_RULES`] function.
        pub fn MAX_RULES(&self) -> alloy_contract::SolCallBuilder<&P, MAX_RULESCall, N> {
            self.call_builder(&MAX_RULESCall)
        }
        ///Creates a new call builder for the [`MAX_TARGETS`] function.
        pub fn MAX_TARGETS(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, MAX_TARGETSCall, N> {
            self.call_builder(&MAX_TARGETSCall)
        }
        ///Creates a new call builder for the [`applyProfile`] function.
        pub fn applyProfile(
            &self,
            user: alloy::sol_types::private::Address,
            profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
            configId: alloy::sol_types::private::primitives::aliases::U256,
            version: u32,
        ) -> alloy_contract::SolCallBuilder<&P, applyProfileCall, N> {
            self.call_builder(
                &applyProfileCall {
                    user,
                    profile,
                    configId,
                    version,
                },
            )
        }
        ///Creates a new call builder for the [`clearProfile`] function.
        pub fn clearProfile(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, clearProfileCall, N> {
            self.call_builder(&clearProfileCall)
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
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
        ///Creates a new call builder for the [`profileOf`] function.
        pub fn profileOf(
            &self,
            user: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, profileOfCall, N> {
            self.call_builder(&profileOfCall { user })
        }
        ///Creates a new call builder for the [`profileSource`] function.
        pub fn profileSource(
            &self,
            user: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, profileSourceCall, N> {
            self.call_builder(&profileSourceCall { user })
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
        ///Creates a new call builder for the [`setProfile`] function.
        pub fn setProfile(
            &self,
            profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, setProfileCall, N> {
            self.call_builder(&setProfileCall { profile })
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
        ///Creates a new call builder for the [`validateProfile`] function.
        pub fn validateProfile(
            &self,
            profile: <IProfileRegistry::Profile as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, validateProfileCall, N> {
            self.call_builder(&validateProfileCall { profile })
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ProfileRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`ProfileApplied`] event.
        pub fn ProfileApplied_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProfileApplied, N> {
            self.event_filter::<ProfileApplied>()
        }
        ///Creates a new event filter for the [`ProfileCleared`] event.
        pub fn ProfileCleared_filter(
            &self,
        ) -> alloy_contract::Event<&P, ProfileCleared, N> {
            self.event_filter::<ProfileCleared>()
        }
        ///Creates a new event filter for the [`ProfileSet`] event.
        pub fn ProfileSet_filter(&self) -> alloy_contract::Event<&P, ProfileSet, N> {
            self.event_filter::<ProfileSet>()
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
    }
}
